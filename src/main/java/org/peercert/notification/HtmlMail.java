package org.peercert.notification;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * #28: a mail's text as HTML headed by the office's seal, for mail programs that show HTML; the plain text stays the
 * first alternative and says the same. Paragraphs stay paragraphs and addresses become links.
 */
final class HtmlMail {

    /** The Content-ID of the seal's picture, which the HTML shows by {@code cid:}. */
    static final String SEAL_CONTENT_ID = "office-seal@peercert";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    /** An address up to the space or quote after it, without the full stop or bracket that ends its sentence. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)]");
    private static final String BODY_STYLE = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b;max-width:40em";

    private HtmlMail() {
    }

    static String of(String text, String program) {
        StringBuilder html = new StringBuilder(text.length() * 2)
                .append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(forHtml(program))
                .append("</title></head><body style=\"").append(BODY_STYLE).append("\">")
                .append("<p><img src=\"cid:").append(SEAL_CONTENT_ID).append("\" alt=\"").append(forHtmlAttribute(program))
                .append("\" height=\"72\" style=\"height:72px;width:auto\"></p>");
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            html.append("<p>").append(linked(paragraph).replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linked(String paragraph) {
        StringBuilder html = new StringBuilder();
        Matcher link = LINK.matcher(paragraph);
        int from = 0;
        while (link.find()) {
            html.append(forHtml(paragraph.substring(from, link.start())))
                    .append("<a href=\"").append(forHtmlAttribute(link.group())).append("\">").append(forHtml(link.group())).append("</a>");
            from = link.end();
        }
        return html.append(forHtml(paragraph.substring(from))).toString();
    }
}
