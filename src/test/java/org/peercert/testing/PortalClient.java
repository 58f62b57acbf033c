package org.peercert.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with a cookie jar that can fill in and submit the portal's Faces forms, for
 * tests that need many requests quickly (role checks) without a browser. Redirects are not followed,
 * so tests see them.
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    public record Page(int status, String body, String location, java.util.List<String> setCookies, java.net.http.HttpHeaders headers) {

        /** The first value of the response header, or "" when the response had none. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The value of the session cookie this response set, or null. */
        public String sessionCookie() {
            return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
        }
    }

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The cookies the portal has set so far (the session among them). */
    public java.util.List<java.net.HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Deployments.url(path))).GET().build());
    }

    /** A binary download (a PDF): its status and bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(Deployments.url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the page, then posts its form with the fields given (ids without the form prefix) and the button. */
    public Page submit(String path, String formId, Map<String, String> fields, String buttonId) {
        Page page = get(path);
        if (page.status() != 200) {
            throw new AssertionError("No form on " + path + " (status " + page.status() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewStateOf(page));
        // What PrimeFaces' script puts into each form under the Content-Security-Policy: the page's nonce, which a
        // postback must bring back (#22).
        Matcher nonce = NONCE.matcher(page.header("Content-Security-Policy"));
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String encoded = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build());
    }

    /** The Faces view state of the page's form, which a postback brings back. */
    public static String viewStateOf(Page page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("No form on the page (status " + page.status() + ")");
        }
        return viewState.group(1);
    }

    /** Posts plain form fields (not a Faces form: no view state). */
    public Page post(String path, Map<String, String> fields) {
        String encoded = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build());
    }

    /** Signs in with the login form; answers the redirect the portal gave. */
    public Page signIn(String email, String password) {
        return submit("/login.xhtml", "login", Map.of("email", email, "password", password), "signIn");
    }

    /**
     * Posts a multipart form of {@code bytes} bytes (a file of zeros) as a browser would from the page
     * {@code fromPage}, streamed, so that hundreds of megabytes cost no memory.
     */
    public Page postUpload(String path, String fromPage, long bytes) {
        String boundary = "----peercert-test-boundary";
        return send(HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", Deployments.url(fromPage))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(bytes)), bytes))
                .build());
    }

    /** {@code length} zero bytes. */
    private static final class Zeros extends java.io.InputStream {
        private long left;

        Zeros(long length) {
            left = length;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                    response.headers().allValues("Set-Cookie"), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
