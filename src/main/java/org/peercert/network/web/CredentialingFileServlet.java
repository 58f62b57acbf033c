package org.peercert.network.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.peercert.document.DocumentService;
import org.peercert.network.NetworkDocument;
import org.peercert.network.NetworkProblem;
import org.peercert.network.NetworkRequest;
import org.peercert.network.NetworkRequests;
import org.peercert.network.committee.Committee;
import org.peercert.platform.NotYours;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.Downloads;

/**
 * GET /credentialing/document?id= (a request's document) and /credentialing/letter?request= (its decision letter, PDF).
 * web.xml admits network staff, committee members and agency administrators; an administrator gets only their own
 * agency's, anything else is 403.
 */
@WebServlet({"/credentialing/document", "/credentialing/letter"})
public class CredentialingFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkRequests requests;

    @Inject
    Committee committee;

    @Inject
    DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest http, HttpServletResponse response) throws IOException {
        try {
            if (http.getServletPath().endsWith("/letter")) {
                NetworkRequest request = readable(http, number(http, "request"));
                byte[] pdf = committee.decisionLetter(request);
                Downloads.prepare(response, "application/pdf", "credentialing-decision-" + request.getId() + ".pdf", false);
                response.setContentLength(pdf.length);
                response.getOutputStream().write(pdf);
            } else {
                NetworkDocument document = requests.document(number(http, "id")).orElseThrow(() -> new NotYours("network document"));
                readable(http, document.getRequestId());
                Downloads.prepare(response, document.getMediaType(), document.getName(), false);
                response.setContentLengthLong(document.getSizeBytes());
                try (InputStream in = documents.content(document.getStorageKey())) {
                    in.transferTo(response.getOutputStream());
                }
            }
        } catch (NotYours | NumberFormatException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NetworkProblem noDecision) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (UserProblem noAgency) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private NetworkRequest readable(HttpServletRequest http, long requestId) {
        boolean network = http.isUserInRole("NETWORK_STAFF") || http.isUserInRole("COMMITTEE_MEMBER");
        return network ? requests.find(requestId) : requests.ownedBy(http.getRemoteUser(), requestId);
    }

    private static long number(HttpServletRequest http, String name) {
        return Long.parseLong(String.valueOf(http.getParameter(name)));
    }
}
