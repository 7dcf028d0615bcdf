package org.openbando.shared.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/** Renders a page template in the visitor's language. */
@RequestScoped
public class Pages {

    private final PageContext page;

    public Pages(PageContext page) {
        this.page = page;
    }

    public String render(TemplateInstance template) {
        return template.setLocale(page.locale()).render();
    }

    public Locale locale() {
        return page.locale();
    }
}
