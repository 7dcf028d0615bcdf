package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openbando.identity.Role;
import org.openbando.identity.UserDirectory;
import org.openbando.organization.ClusterDirectory;

/**
 * Reads what {@link PanelProposer} judges, in a fixed number of queries whatever the number of proposals and experts:
 * the experts' profiles with their users, their load in a call and their recent assignments in other calls, and the
 * proposals' subjects, parties and past panels.
 */
@ApplicationScoped
class ExpertPool {

    /** How far back assignments in other calls count for the rotation. */
    static final Duration ROTATION_WINDOW = Duration.ofDays(730);

    /** An expert who may be a candidate: the profile, the user's name, whether the user may evaluate. */
    record Expert(ExpertProfile profile, String displayName, boolean usable, Set<String> clusters) {
    }

    private final UserDirectory users;
    private final ClusterDirectory directory;
    private final Clock clock;

    ExpertPool(UserDirectory users, ClusterDirectory directory, Clock clock) {
        this.users = users;
        this.directory = directory;
        this.clock = clock;
    }

    /** Every expert with a profile, by username. */
    Map<String, Expert> experts() {
        return experts(ExpertProfile.<ExpertProfile>list("order by username"));
    }

    /** These experts (those with a profile), their profiles locked until the end of the transaction. */
    Map<String, Expert> lockedExperts(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return experts(ExpertProfile.<ExpertProfile>find("username in ?1 order by username", new TreeSet<>(usernames))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list());
    }

    private Map<String, Expert> experts(List<ExpertProfile> profiles) {
        Map<String, UserDirectory.UserRef> refs = users.find(profiles.stream().map(p -> p.username).toList());
        Map<String, String> clusterOfArea = new HashMap<>();
        Map<String, Expert> experts = new LinkedHashMap<>();
        for (ExpertProfile p : profiles) {
            UserDirectory.UserRef user = refs.get(p.username);
            boolean usable = user != null && !user.disabled() && user.has(Role.EVALUATOR) && !user.has(Role.OFFICER);
            Set<String> clusters = new HashSet<>(p.clusterCodes);
            for (String area : p.areaCodes) {
                String cluster = clusterOfArea.computeIfAbsent(area, a -> directory.areaByCode(a)
                        .map(ClusterDirectory.AreaRef::clusterCode).orElse(""));
                if (!cluster.isEmpty()) {
                    clusters.add(cluster);
                }
            }
            experts.put(p.username, new Expert(p, user == null ? p.username : user.displayName(), usable, clusters));
        }
        return experts;
    }

    /** The experts' assignments in force in the call, by username. */
    Map<String, Integer> loadInCall(long callId) {
        Map<String, Integer> load = new HashMap<>();
        EvaluationAssignment.getEntityManager().createQuery("select a.expert, count(a) from EvaluationAssignment a, "
                + "Evaluation e where e.id = a.evaluationId and e.callId = ?1 and a.endedAt is null group by a.expert",
                Object[].class).setParameter(1, callId).getResultList()
                .forEach(row -> load.put((String) row[0], ((Number) row[1]).intValue()));
        return load;
    }

    /** The experts' assignments (not declined) in other calls, opened within the rotation window, by username. */
    Map<String, Integer> recentElsewhere(long callId) {
        Map<String, Integer> recent = new HashMap<>();
        Instant since = clock.instant().minus(ROTATION_WINDOW);
        EvaluationAssignment.getEntityManager().createQuery("select a.expert, count(a) from EvaluationAssignment a, "
                + "Evaluation e where e.id = a.evaluationId and e.callId <> ?1 and a.assignedAt >= ?2 "
                + "and a.status <> ?3 group by a.expert", Object[].class).setParameter(1, callId)
                .setParameter(2, since).setParameter(3, AssignmentStatus.DECLINED).getResultList()
                .forEach(row -> recent.put((String) row[0], ((Number) row[1]).intValue()));
        return recent;
    }

    /** The candidate as the rule sees it, with the loads read for the call. */
    static PanelProposer.Candidate candidate(Expert e, Map<String, Integer> load, Map<String, Integer> recent) {
        ExpertProfile p = e.profile();
        return new PanelProposer.Candidate(p.username, p.active && e.usable(), p.affiliationVat, e.clusters(),
                Set.copyOf(p.areaCodes), p.maxPerCall, load.getOrDefault(p.username, 0),
                recent.getOrDefault(p.username, 0));
    }

    /** The proposal under evaluation as the rule sees it. */
    static PanelProposer.Subject subject(EvaluationSubject s, Collection<EvaluationParty> parties,
            Collection<EvaluationAssignment> assignments) {
        Set<String> vats = new HashSet<>();
        parties.forEach(p -> vats.add(p.vatNumber));
        Set<String> onPanel = new HashSet<>();
        Set<String> conflict = new HashSet<>();
        for (EvaluationAssignment a : assignments) {
            onPanel.add(a.expert);
            if (a.endReason == EndReason.CONFLICT) {
                conflict.add(a.expert);
            }
        }
        return new PanelProposer.Subject(s.thematicAreaCode, s.clusterCode, vats, onPanel, conflict);
    }
}
