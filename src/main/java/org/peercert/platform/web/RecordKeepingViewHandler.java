package org.peercert.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A form posts back to its own page's URL with the page's view parameters ({@code cohort.xhtml?id=7}, not bare
 * {@code cohort.xhtml}), so after any action the address bar still names the record: a reload, a bookmark or a
 * shared link shows the same thing, and a page that finds its record by id does not say "no such record".
 */
public class RecordKeepingViewHandler extends ViewHandlerWrapper {

    public RecordKeepingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId()) || url.contains("?")) {
            return url;
        }
        String query = viewParameters(context, root);
        return query.isEmpty() ? url : url + "?" + query;
    }

    private static String viewParameters(FacesContext context, UIViewRoot root) {
        StringJoiner query = new StringJoiner("&");
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (parameter.getName() != null && value != null && !value.isEmpty()) {
                query.add(encode(parameter.getName()) + "=" + encode(value));
            }
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
