package org.peercert.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.peercert.platform.format.UsDates;

/** Dates typed as people in the US write them (12/31/1990), or as 1990-12-31; shown back as MM/DD/YYYY. */
@FacesConverter("usDate")
public class UsDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return UsDates.parse(typed).orElseThrow(() -> {
            String text = FacesMessages.text("date.invalid", typed.strip());
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate date) {
        return date == null ? "" : UsDates.typed(date);
    }
}
