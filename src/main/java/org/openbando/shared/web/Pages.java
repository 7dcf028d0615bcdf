package org.openbando.shared.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import org.openbando.shared.Languages;

/** Renders a page template in the visitor's language, and gives the page's texts to Java code. */
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

    /** A feature's texts (its message bundle, e.g. {@code ProposalTexts}) in the visitor's language. */
    public <T> T texts(Class<T> bundle) {
        return Languages.texts(bundle, page.locale());
    }
}
