package org.peercert.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.Locale;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.Text;
import org.peercert.platform.UserProblem;

/** Shows messages from i18n/messages.properties, next to a field or for the whole page. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Done, but something the person should know about it. */
    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** @param clientId the field's client id (form:field); null for a page-level message */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * A refusal shown at the field a bean chooses ({@code form:field}); one that names its own fields
     * ({@link InvalidFields}) goes beside those fields of the same form instead.
     */
    public static void problemAt(String clientId, UserProblem problem) {
        if (problem instanceof InvalidFields invalid) {
            fieldProblems(clientId.substring(0, clientId.indexOf(':')), invalid);
        } else {
            fieldError(clientId, problem.messageKey(), problem.arguments());
        }
    }

    /** A confirmation next to a field, such as an upload's. */
    public static void fieldInfo(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /**
     * Each refused field's message beside its field ({@code formId:field}), the field marked invalid so that
     * p:focus puts the cursor in the first one.
     */
    public static void fieldProblems(String formId, InvalidFields invalid) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldProblem problem : invalid.problems()) {
            if (problem.field() == null) {
                add(null, FacesMessage.SEVERITY_ERROR, problem.messageKey(), problem.arguments());
                continue;
            }
            String clientId = formId + ":" + problem.field();
            add(clientId, FacesMessage.SEVERITY_ERROR, problem.messageKey(), problem.arguments());
            if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
                markInvalid(context, input);
            }
        }
        context.validationFailed();
    }

    /**
     * Marks the field invalid, keeping what was typed on screen: after a failed validation PrimeFaces shows an
     * invalid field's submitted value (by then an empty string), so the model's value is put back as that.
     */
    @SuppressWarnings("unchecked")
    private static void markInvalid(FacesContext context, UIInput input) {
        input.setValid(false);
        Object value = input.getValue();
        if (value != null) {
            Converter<Object> converter = input.getConverter() != null ? input.getConverter()
                    : context.getApplication().createConverter(value.getClass());
            input.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(context, input, value));
        }
    }

    /** The message in the page's language; an enum among the arguments is written as its label. */
    public static String text(String key, Object... arguments) {
        return Text.of(key, arguments).in(locale());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * Keeps this request's messages, field messages included, for the page a redirect leads to. Only a redirect asks
     * for it ({@link Redirects#to}): the flash needs a cookie, which a page rendered in place has already sent.
     */
    static void keepOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
