package org.peercert.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.peercert.platform.Office;

/**
 * GET /brand.css: the office's colours (#28) as CSS custom properties over peercert.css's defaults. A file of its own,
 * not an inline style, so that the strictest page policy (the public lookup's style-src 'self') allows it. Public.
 */
@WebServlet("/brand.css")
public class BrandStylesheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Office office;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] css = office.getColors().css().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(css.length);
        response.getOutputStream().write(css);
    }
}
