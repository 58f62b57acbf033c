package org.peercert.applications.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.peercert.applications.DocumentAccess;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.PdfPreview;
import org.peercert.platform.NotYours;
import org.peercert.platform.web.Downloads;

/**
 * GET /documents/download?id=N: an application document for its applicant or for staff (web.xml lets only
 * APPLICANT and STAFF reach it; {@link DocumentAccess} checks the owner). Always sent with the type detected
 * at upload (PDF, JPEG or PNG, never HTML) and nosniff; as an attachment, or inline for staff's preview
 * (&amp;preview=true).
 */
@WebServlet("/documents/download")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean staff = request.isUserInRole("STAFF");
        ApplicationDocument document;
        try {
            document = access.open(request.getRemoteUser(), staff, id);
        } catch (NotYours refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean preview = staff && "true".equals(request.getParameter("preview"));
        if (preview && !document.isImage()) {
            sendFirstPage(document, response);
            return;
        }
        Downloads.prepare(response, document.getMediaType(), document.getOriginalName(), preview);
        response.setContentLengthLong(document.getSizeBytes());
        if (document.isImage()) {
            // A PDF cannot be sandboxed (the browser's PDF viewer would refuse to open); its type was checked at upload.
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'");
        }
        try (InputStream in = access.content(document)) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** A PDF's preview is its first page as a picture, which every browser shows (many have no PDF viewer). */
    private void sendFirstPage(ApplicationDocument document, HttpServletResponse response) throws IOException {
        byte[] png;
        try (InputStream in = access.content(document)) {
            png = PdfPreview.firstPage(in);
        } catch (IOException unreadable) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        Downloads.prepare(response, "image/png", document.getOriginalName() + "-page-1.png", true);
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
