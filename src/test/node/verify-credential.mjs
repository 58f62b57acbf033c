// An independent verifier of a PeerCert credential (#27): starting from the credential alone, with libraries PeerCert did
// not write (jose for the JWS and JWK, @digitalbazaar/vc-bitstring-status-list for the status list), it checks what
// Open Badges 3.0's JWT proof format asks of a verifier, finds the issuer's profile and key by dereferencing the URLs
// in the credential, and reads the holder's standing from the signed status list.
//
// Usage: node verify-credential.mjs CREDENTIAL_FILE
// Prints one JSON line: {"verified":true,"holder":...,"status":"valid"|"suspended"|"revoked"} or {"verified":false,"error":...}.
import { readFileSync } from 'node:fs';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';

const OB3_HEADERS = new Set(['alg', 'kid', 'typ']);

function require(condition, problem) {
  if (!condition) {
    throw new Error(problem);
  }
}

async function fetched(url, accept) {
  const response = await fetch(url, { headers: { Accept: accept } });
  require(response.ok, `${url} answered ${response.status}`);
  return response.text();
}

// A compact JWS whose kid is a URL answering with the signing key's JWK; returns the verified payload.
async function verifiedPayload(token) {
  const header = decodeProtectedHeader(token);
  const extra = Object.keys(header).filter((name) => !OB3_HEADERS.has(name));
  require(extra.length === 0, `JOSE headers Open Badges 3.0 does not allow: ${extra}`);
  require(/^https?:\/\//.test(header.kid ?? ''), `the kid is not a URL: ${header.kid}`);
  const jwk = JSON.parse(await fetched(header.kid, 'application/jwk+json'));
  require(!('d' in jwk), 'the published key has a private part');
  const { payload } = await jwtVerify(token, await importJWK(jwk, 'ES256'), { algorithms: ['ES256'], typ: 'JWT' });
  return payload;
}

function requireClaimsMirrorTheCredential(credential) {
  require(credential.iss === credential.issuer?.id, 'iss is not issuer.id');
  require(credential.jti === credential.id, 'jti is not the credential id');
  require(credential.sub === credential.credentialSubject?.id, 'sub is not credentialSubject.id');
  require(credential.nbf === Date.parse(credential.validFrom) / 1000, 'nbf is not validFrom');
  require(credential.exp === Date.parse(credential.validUntil) / 1000, 'exp is not validUntil');
}

async function requireIssuerProfile(credential) {
  const profile = JSON.parse(await fetched(credential.iss, 'application/ld+json'));
  require(profile.id === credential.iss, 'the issuer profile has another id');
  require([].concat(profile.type).includes('Profile'), 'the issuer document is not a Profile');
  require(profile.name === credential.issuer.name, 'the issuer profile names another office');
}

async function standing(credential) {
  const entry = credential.credentialStatus;
  require(entry && !Array.isArray(entry), 'credentialStatus is not one object');
  require(entry.type === 'BitstringStatusListEntry' && entry.statusPurpose === 'message', 'not a message status entry');
  const list = await verifiedPayload(await fetched(entry.statusListCredential, 'application/vc+jwt'));
  require(list.id === entry.statusListCredential, 'the status list has another id');
  require(list.issuer === credential.iss, 'the status list has another issuer');
  require(list.credentialSubject.statusPurpose === entry.statusPurpose, 'the status list has another purpose');
  const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
  const size = entry.statusSize ?? 1;
  const first = parseInt(entry.statusListIndex, 10) * size;
  let value = 0;
  for (let bit = first; bit < first + size; bit++) {
    value = (value << 1) | (bits.getStatus(bit) ? 1 : 0);
  }
  const message = entry.statusMessage.find((candidate) => parseInt(candidate.status, 16) === value);
  require(message, `no status message for ${value}`);
  return message.message;
}

try {
  const credential = await verifiedPayload(readFileSync(process.argv[2], 'utf8').trim());
  requireClaimsMirrorTheCredential(credential);
  await requireIssuerProfile(credential);
  const status = await standing(credential);
  console.log(JSON.stringify({ verified: true, holder: credential.credentialSubject.name, status }));
} catch (failure) {
  console.log(JSON.stringify({ verified: false, error: String(failure.message ?? failure) }));
  process.exitCode = 1;
}
