package org.openbando.shared.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/** Renders a page template in the visitor's language, and gives the page's texts to Java code. */
@RequestScoped
public class Pages {

    private final PageContext page;
    private final Msg italian;
    private final Msg english;

    public Pages(PageContext page, Msg italian, @Localized("en") Msg english) {
        this.page = page;
        this.italian = italian;
        this.english = english;
    }

    public String render(TemplateInstance template) {
        return template.setLocale(page.locale()).render();
    }

    public Locale locale() {
        return page.locale();
    }

    /** The texts in the visitor's language, e.g. for form labels built in Java. */
    public Msg msg() {
        return "en".equals(page.getLang()) ? english : italian;
    }
}
