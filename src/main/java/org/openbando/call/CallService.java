package org.openbando.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openbando.identity.CurrentUser;
import org.openbando.organization.ClusterDirectory;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;
import org.openbando.shared.Validation;

/**
 * Officers create, edit (while a draft) and publish calls; the call process then moves the call through its
 * statuses by calling {@link #open} and {@link #close}. Drafts are visible only to those who read everything.
 */
@ApplicationScoped
@PublicApi
public class CallService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final Event<CallPublished> published;
    private final ClusterDirectory clusters;

    public CallService(CurrentUser currentUser, AuditTrail audit, Validator validator, Clock clock,
            Event<CallPublished> published, ClusterDirectory clusters) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.published = published;
        this.clusters = clusters;
    }

    @Transactional
    public CallView create(CallRequest request) {
        validate(request);
        ensureCodeIsFree(request.code(), null);
        GrantCall call = new GrantCall();
        call.status = CallStatus.DRAFT;
        call.createdBy = currentUser.username();
        call.createdAt = clock.instant();
        apply(call, request);
        try {
            call.persist();
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) { // created by another officer after ensureCodeIsFree looked
                throw codeTaken(request.code());
            }
            throw e;
        }
        audit.record(currentUser.username(), "call", call.id, "created", null, CallStatus.DRAFT.name(), call.code);
        return view(call);
    }

    @Transactional
    public CallView update(long id, CallRequest request) {
        GrantCall call = visible(id);
        if (call.status != CallStatus.DRAFT) {
            throw ProblemException.conflict("call-not-draft", "Call " + call.code + " is " + call.status
                    + ": only a draft can be edited");
        }
        if (request.version() == null) {
            throw ProblemException.invalid("version", "is required on update: send the version you read");
        }
        if (request.version() != call.version) {
            throw ProblemException.staleVersion("Call " + call.code, request.version(), call.version);
        }
        validate(request);
        ensureCodeIsFree(request.code(), call.id);
        apply(call, request);
        GrantCall.flush();
        audit.record(currentUser.username(), "call", call.id, "updated", null, null, call.code);
        return view(call);
    }

    /** Publishes a draft: the call process starts in the same transaction (see {@link CallPublished}). */
    @Transactional
    public CallView publish(long id, Long version) {
        GrantCall call = visible(id);
        if (call.status != CallStatus.DRAFT) {
            throw ProblemException.conflict("call-not-draft", "Call " + call.code + " is already " + call.status);
        }
        if (version != null && version != call.version) {
            throw ProblemException.staleVersion("Call " + call.code, version, call.version);
        }
        if (!call.deadlineAt.isAfter(clock.instant())) {
            throw ProblemException.invalid("deadlineAt", "is already past: move the deadline before publishing");
        }
        call.status = CallStatus.PUBLISHED;
        call.publishedBy = currentUser.username();
        call.publishedAt = clock.instant();
        audit.record(currentUser.username(), "call", call.id, "published", CallStatus.DRAFT.name(),
                CallStatus.PUBLISHED.name(), null);
        published.fire(new CallPublished(call.id, call.code, call.opensAt, call.deadlineAt));
        GrantCall.flush();
        return view(call);
    }

    /** Called by the call process at the opening instant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(long id) {
        transition(id, CallStatus.PUBLISHED, CallStatus.OPEN, "opened");
    }

    /** Called by the call process at the deadline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(long id) {
        transition(id, CallStatus.OPEN, CallStatus.CLOSED, "closed");
    }

    /** Called by the call process when it ends: the ranking approved, its reserve list past its validity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void conclude(long id) {
        transition(id, CallStatus.CLOSED, CallStatus.CONCLUDED, "concluded");
    }

    private void transition(long id, CallStatus from, CallStatus to, String action) {
        GrantCall call = GrantCall.findById(id);
        if (call == null) {
            throw new IllegalStateException("The call process refers to call " + id + ", which does not exist");
        }
        if (call.status != from) {
            throw new IllegalStateException("Call " + call.code + " is " + call.status + ", expected " + from);
        }
        call.status = to;
        audit.record(AuditTrail.SYSTEM, "call", id, action, from.name(), to.name(), null);
    }

    public List<CallView.Summary> list() {
        List<GrantCall> calls = currentUser.readsEverything()
                ? GrantCall.list("order by deadlineAt desc")
                : GrantCall.list("status <> ?1 order by deadlineAt desc", CallStatus.DRAFT);
        return calls.stream().map(CallView::summary).toList();
    }

    /**
     * The id of a call the public may know of (published, i.e. not a draft), given its id or its code: for public
     * filters such as the open data's {@code ?call=}. A value of digits is tried as an id first, then as a code.
     * Empty when there is no such call. The caller bounds the value (a code has at most 40 characters).
     */
    @Transactional
    public Optional<Long> publicCallId(String idOrCode) {
        GrantCall call = null;
        if (idOrCode.matches("\\d{1,18}")) {
            call = GrantCall.findById(Long.parseLong(idOrCode));
        }
        if (call == null) {
            call = GrantCall.findByCode(idOrCode).orElse(null);
        }
        return call == null || call.status == CallStatus.DRAFT ? Optional.empty()
                : Optional.of(call.id);
    }

    /** Calls whose window is open now or will open, for the home page. */
    public List<CallView.Summary> open() {
        return GrantCall.<GrantCall>list("status in ?1 order by deadlineAt",
                List.of(CallStatus.OPEN, CallStatus.PUBLISHED)).stream().map(CallView::summary).toList();
    }

    public CallView get(long id) {
        return view(visible(id));
    }

    /**
     * The rules of a call for the features that judge proposals by them (drafting, submission, eligibility): no
     * visibility check, since they are asked on behalf of a proposal the caller already may read. 404 when unknown.
     */
    public CallRules rules(long id) {
        GrantCall call = GrantCall.findById(id);
        if (call == null) {
            throw ProblemException.notFound("Call", id);
        }
        return CallRules.of(call, clusters.areas(call.thematicAreaIds));
    }

    /**
     * The call's status as committed now, read from the database (never from the persistence context, which may hold
     * the call as it was earlier in the transaction): what the call's evaluation phase checks under its lock.
     */
    public CallStatus status(long id) {
        List<CallStatus> found = GrantCall.getEntityManager().createQuery("select c.status from GrantCall c "
                + "where c.id = ?1", CallStatus.class).setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Call", id);
        }
        return found.get(0);
    }

    /** What the evaluation of the call's proposals is judged by: criteria, step, aggregation, threshold, terms. */
    public EvaluationRules evaluationRules(long id) {
        GrantCall call = GrantCall.findById(id);
        if (call == null) {
            throw ProblemException.notFound("Call", id);
        }
        return EvaluationRules.of(call);
    }

    /** What the ranking and the funding decisions of the call apply: budgets per line, ties, partial funding, terms. */
    public FundingRules fundingRules(long id) {
        GrantCall call = GrantCall.findById(id);
        if (call == null) {
            throw ProblemException.notFound("Call", id);
        }
        return FundingRules.of(call);
    }

    /** The rules of several calls, by id (unknown ids are absent). */
    public Map<Long, CallRules> rules(Collection<Long> ids) {
        Map<Long, CallRules> found = new HashMap<>();
        if (!ids.isEmpty()) {
            GrantCall.<GrantCall>list("id in ?1", ids).forEach(c -> found.put(c.id, CallRules.of(c,
                    clusters.areas(c.thematicAreaIds))));
        }
        return found;
    }

    private CallView view(GrantCall call) {
        return CallView.of(call, clusters.clusters(call.clusterIds).values(), clusters.areas(call.thematicAreaIds)
                .values());
    }

    /** The clusters a call may be open to, for the officers' form. */
    public List<ClusterDirectory.ClusterRef> clusters() {
        return clusters.clusters();
    }

    private GrantCall visible(long id) {
        GrantCall call = GrantCall.findById(id);
        if (call == null || (call.status == CallStatus.DRAFT && !currentUser.readsEverything())) {
            throw ProblemException.notFound("Call", id);
        }
        return call;
    }

    private static void ensureCodeIsFree(String code, Long self) {
        GrantCall.findByCode(code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw codeTaken(code);
        });
    }

    private static ProblemException codeTaken(String code) {
        return ProblemException.conflict("call-code-taken", "A call with code " + code + " exists");
    }

    /** Bean Validation plus the rules across fields; every offending field is reported at once. */
    private void validate(CallRequest request) {
        List<FieldViolation> errors = new ArrayList<>(Validation.violations(validator, request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (request.opensAt().isBefore(request.publicationAt())) {
            errors.add(new FieldViolation("opensAt", "must not be before publicationAt"));
        }
        if (!request.deadlineAt().isAfter(request.opensAt())) {
            errors.add(new FieldViolation("deadlineAt", "must be after opensAt"));
        }
        if (request.budgetLineA().add(request.budgetLineB()).signum() <= 0) {
            errors.add(new FieldViolation("budgetLineA", "the two lines together must have a budget"));
        }
        RuleSettings rules = CallDefaults.rules(request.rules());
        if (rules.minTargetTrl <= rules.minStartTrl) {
            errors.add(new FieldViolation("rules.minTargetTrl", "must be above the minimum starting TRL ("
                    + rules.minStartTrl + ")"));
        }
        if (rules.maxTargetTrl < rules.minTargetTrl) {
            errors.add(new FieldViolation("rules.maxTargetTrl", "must not be below the minimum target TRL ("
                    + rules.minTargetTrl + ")"));
        }
        if (rules.maxTargetTrl > 8) {
            errors.add(new FieldViolation("rules.maxTargetTrl",
                    "must be at most 8: TRL 9 is the production phase, which is not fundable"));
        }
        if (rules.maxProjectCost.compareTo(rules.minProjectCost) < 0) {
            errors.add(new FieldViolation("rules.maxProjectCost", "must not be below the minimum project cost"));
        }
        if (rules.evaluationReminderDays >= rules.evaluationTermDays) {
            errors.add(new FieldViolation("rules.evaluationReminderDays", "must be shorter than the evaluation term ("
                    + rules.evaluationTermDays + " days)"));
        }
        List<CallRequest.Criterion> criteria = CallDefaults.criteria(request.criteria());
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            CallRequest.Criterion c = criteria.get(i);
            if (!codes.add(c.code())) {
                errors.add(new FieldViolation("criteria[" + i + "].code", "is used twice"));
            }
            if (c.minScore() != null && c.minScore().compareTo(c.maxScore()) > 0) {
                errors.add(new FieldViolation("criteria[" + i + "].minScore", "must not exceed maxScore"));
            }
            if (!EvaluationRules.onStep(c.maxScore(), rules.scoreStep)) {
                errors.add(new FieldViolation("criteria[" + i + "].maxScore", "must be a multiple of the score step ("
                        + rules.scoreStep.stripTrailingZeros().toPlainString() + ")"));
            }
            sum = sum.add(c.maxScore());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            errors.add(new FieldViolation("criteria", "the maximum scores must sum to 100 (they sum to "
                    + sum.stripTrailingZeros().toPlainString() + ")"));
        }
        if (!codes.contains(rules.tieBreakCriterion)) {
            errors.add(new FieldViolation("rules.tieBreakCriterion", "must be the code of one of the criteria "
                    + codes));
        }
        Set<String> clusterCodes = new HashSet<>();
        for (int i = 0; i < request.clusterCodes().size(); i++) {
            String code = request.clusterCodes().get(i);
            if (clusters.clusterByCode(code).isEmpty()) {
                errors.add(new FieldViolation("clusterCodes[" + i + "]", "there is no cluster " + code));
            }
            clusterCodes.add(code);
        }
        List<String> areas = request.thematicAreaCodes() == null ? List.of() : request.thematicAreaCodes();
        for (int i = 0; i < areas.size(); i++) {
            String code = areas.get(i);
            ClusterDirectory.AreaRef area = clusters.areaByCode(code).orElse(null);
            if (area == null) {
                errors.add(new FieldViolation("thematicAreaCodes[" + i + "]", "there is no thematic area " + code));
            } else if (!clusterCodes.contains(area.clusterCode())) {
                errors.add(new FieldViolation("thematicAreaCodes[" + i + "]", "belongs to cluster "
                        + area.clusterCode() + ", which the call is not open to"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void apply(GrantCall call, CallRequest r) {
        call.code = r.code();
        call.title = r.title().trim();
        call.description = r.description();
        call.s3PriorityArea = r.s3PriorityArea().trim();
        call.publicationAt = r.publicationAt().toInstant();
        call.opensAt = r.opensAt().toInstant();
        call.deadlineAt = r.deadlineAt().toInstant();
        call.rules = CallDefaults.rules(r.rules());
        call.rules.minProjectCost = money(call.rules.minProjectCost);
        call.rules.maxProjectCost = money(call.rules.maxProjectCost);
        setLine(call, Line.A, money(r.budgetLineA()));
        setLine(call, Line.B, money(r.budgetLineB()));
        call.criteria.clear();
        if (call.isPersistent()) {
            GrantCall.flush(); // delete the old criteria before inserting new ones with the same codes
        }
        int position = 0;
        for (CallRequest.Criterion c : CallDefaults.criteria(r.criteria())) {
            CallCriterion criterion = new CallCriterion();
            criterion.call = call;
            criterion.position = position++;
            criterion.code = c.code();
            criterion.name = c.name().trim();
            criterion.maxScore = c.maxScore();
            criterion.weight = c.weight() == null ? BigDecimal.ONE : c.weight();
            criterion.minScore = c.minScore();
            call.criteria.add(criterion);
        }
        call.clusterIds.clear();
        r.clusterCodes().forEach(code -> call.clusterIds.add(clusters.clusterByCode(code).orElseThrow().id()));
        call.thematicAreaIds.clear();
        if (r.thematicAreaCodes() == null || r.thematicAreaCodes().isEmpty()) {
            call.clusterIds.forEach(cluster -> clusters.areasOf(cluster).forEach(a -> call.thematicAreaIds.add(a.id())));
        } else {
            r.thematicAreaCodes().forEach(code -> call.thematicAreaIds.add(clusters.areaByCode(code).orElseThrow()
                    .id()));
        }
    }

    private static void setLine(GrantCall call, Line line, BigDecimal budget) {
        CallLine existing = call.lines.stream().filter(l -> l.line == line).findFirst().orElse(null);
        if (existing == null) {
            existing = new CallLine();
            existing.call = call;
            existing.line = line;
            call.lines.add(existing);
        }
        existing.budget = budget;
    }

    /** EUR with cents; amounts with more decimals are rejected by validation before they get here. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
