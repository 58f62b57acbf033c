package org.peercert.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** #28: the HTML beside a mail's text says the same, headed by the office's seal, with nothing of the text run as markup. */
class HtmlMailTest {

    private static final String TEXT = """
            Hello Dana,

            State staff returned your application <for changes> & ask for a new ID scan.
            Open https://portal.example.org/applicant/application.xhtml?id=4&tab=docs.

            Sunflower Peer Certification Board
            (785) 555-0100""";

    @Test
    void theSealHeadsTheMailAndEveryParagraphStaysOne() {
        String html = HtmlMail.of(TEXT, "Kansas Peer Support Registry");

        assertTrue(html.contains("<img src=\"cid:" + HtmlMail.SEAL_CONTENT_ID + "\" alt=\"Kansas Peer Support Registry\""), html);
        assertEquals(4, count(html, "<p>"), "the seal's paragraph and the text's three");
        assertTrue(html.contains("Sunflower Peer Certification Board<br>(785) 555-0100"), "a line break stays one: " + html);
    }

    @Test
    void theTextIsEscapedAndItsAddressIsALinkWithoutTheFullStopAfterIt() {
        String html = HtmlMail.of(TEXT, "O'Neill & Co <Registry>");

        assertTrue(html.contains("your application &lt;for changes&gt; &amp; ask"), html);
        assertFalse(html.contains("<for changes>") || html.contains("<Registry>"), html);
        assertTrue(html.contains("<a href=\"https://portal.example.org/applicant/application.xhtml?id=4&amp;tab=docs\">"), html);
        assertTrue(html.contains("?id=4&amp;tab=docs</a>."), "the sentence's full stop stays outside the link: " + html);
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
