package org.openbando.shared.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.RequestScoped;

/** The HTML face of a problem, for a browser asking for a page. */
@RequestScoped
public class ErrorPage {

    private final Template error;
    private final Pages pages;

    public ErrorPage(@Location("error.html") Template error, Pages pages) {
        this.error = error;
        this.pages = pages;
    }

    String render(int status, String title, String detail) {
        return pages.render(error.data("status", status).data("title", title).data("detail", detail));
    }
}
