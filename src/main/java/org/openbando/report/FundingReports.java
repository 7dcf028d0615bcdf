package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openbando.call.Line;

/**
 * The funding report of a call and its drill-downs: the named rules of {@link Measure} applied to the call's
 * {@link ProjectFacts}. 404 for an unknown call.
 */
@ApplicationScoped
public class FundingReports {

    public FundingReport of(long callId) {
        throw new UnsupportedOperationException("issue 15: h15-facts");
    }

    /** The projects a figure counts (its drill-down), in protocol order. */
    public List<ProjectFacts> projects(long callId, Measure measure, Line line, String group) {
        throw new UnsupportedOperationException("issue 15: h15-facts");
    }
}
