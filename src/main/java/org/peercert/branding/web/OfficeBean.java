package org.peercert.branding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peercert.account.web.CurrentUser;
import org.peercert.branding.OfficeImage;
import org.peercert.branding.OfficeImageKind;
import org.peercert.branding.OfficeImages;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /admin/office.xhtml: the office as configured, and its seal and signature pictures, uploaded or stopped (#28). */
@Named
@ViewScoped
public class OfficeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/office.xhtml";

    @Inject
    OfficeImages images;

    @Inject
    CurrentUser currentUser;

    /** The chosen files of this request; never kept with the view (a file part lives for its request only). */
    private transient Map<OfficeImageKind, Part> files;

    public void upload(OfficeImageKind kind) {
        String field = fieldOf(kind);
        Part file = getFiles().remove(kind);
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            FacesMessages.fieldError(field, "office.noFile");
            return;
        }
        try (InputStream picture = file.getInputStream()) {
            images.upload(currentUser.getEmail(), kind, file.getSubmittedFileName(), picture);
            FacesMessages.info("office.uploaded", kind);
            Redirects.to(PAGE);
        } catch (UserProblem problem) {
            FacesMessages.problemAt(field, problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stopUsing(OfficeImageKind kind) {
        images.stopUsing(currentUser.getEmail(), kind);
        FacesMessages.info("office.stopped", kind);
        Redirects.to(PAGE);
    }

    public List<OfficeImageKind> getKinds() {
        return List.of(OfficeImageKind.values());
    }

    public Optional<OfficeImage> current(OfficeImageKind kind) {
        return images.current(kind);
    }

    public List<OfficeImage> history(OfficeImageKind kind) {
        return images.history(kind);
    }

    public Map<OfficeImageKind, Part> getFiles() {
        if (files == null) {
            files = new EnumMap<>(OfficeImageKind.class);
        }
        return files;
    }

    private static String fieldOf(OfficeImageKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ":file";
    }
}
