package org.openbando.evaluation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.openbando.identity.Role;
import org.openbando.shared.web.Pages;

/**
 * The evaluation board of a call ({@code /officer/calls/{id}/evaluation}): each admitted proposal with its panel and
 * where its evaluation stands, a page at a time. Officers act from it (each line opens the panel page); auditors read
 * it.
 */
@Path("/officer/calls/{id}/evaluation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.OFFICER, Role.AUDITOR})
public class EvaluationBoardPages {

    /** The page's template, checked at build time: {@code templates/officer-evaluation-board.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance officerEvaluationBoard(EvaluationBoard.Board board, List<String> statuses);
    }

    private final EvaluationBoard board;
    private final Pages pages;

    public EvaluationBoardPages(EvaluationBoard board, Pages pages) {
        this.board = board;
        this.pages = pages;
    }

    @GET
    public String board(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("page") Integer page) {
        EvaluationBoard.Board b = board.board(id, EvaluationBoard.status(status), page == null ? 1 : page, 0);
        return pages.render(Templates.officerEvaluationBoard(b,
                Arrays.stream(EvaluationStatus.values()).map(Enum::name).toList()));
    }
}
