package org.openbando.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;

/** The HTML face of a problem, for a browser asking for a page. */
@RequestScoped
public class ErrorPage {

    /** The page's template, checked at build time: {@code templates/error.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance error(int status, String title, String detail);
    }

    private final Pages pages;

    public ErrorPage(Pages pages) {
        this.pages = pages;
    }

    String render(int status, String title, String detail) {
        return pages.render(Templates.error(status, title, detail));
    }
}
