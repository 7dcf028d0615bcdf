package org.openbando;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.openbando.identity.AppUser;
import org.openbando.identity.Role;
import org.openbando.identity.UserService;
import org.openbando.organization.Cluster;
import org.openbando.organization.ThematicArea;
import org.openbando.shared.AuditTrail;

/**
 * The state every test starts from. Flyway cleans the application schema when the test application starts; this
 * bean then removes process instances left in Camunda's tables by earlier runs, and creates one user per role plus
 * three clusters. Tests create what else they need through the API.
 */
@ApplicationScoped
public class TestFixtures {

    public static final String PASSWORD = "secret-123-test";
    public static final String OFFICER = "olga";
    public static final String AUDITOR = "aldo";
    public static final String ADMIN = "root";
    public static final String EVALUATOR = "enzo";

    @Inject
    UserService users;
    @Inject
    RuntimeService runtime;
    @Inject
    EntityManager entityManager;

    void onStart(@Observes StartupEvent event) {
        runtime.createProcessInstanceQuery().list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test run starts clean", true, true));
        seed();
    }

    @Transactional
    void seed() {
        user(OFFICER, Role.OFFICER);
        user(AUDITOR, Role.AUDITOR);
        user(ADMIN, Role.ADMIN);
        user(EVALUATOR, Role.EVALUATOR);
        cluster("MECH", "Clust-ER Meccatronica e Motoristica", "Mechatronics and Motoristics Clust-ER",
                "MECH-ROBOTICS", "MECH-ADDITIVE");
        cluster("GREENTECH", "Clust-ER Energia e Sviluppo Sostenibile", "Energy and Sustainable Development Clust-ER",
                "GREENTECH-STORAGE", "GREENTECH-CIRCULAR");
        cluster("AGRIFOOD", "Clust-ER Agroalimentare", "Agrifood Clust-ER", "AGRIFOOD-TRACE");
    }

    /** A new applicant without an organisation; returns its username. */
    @Transactional
    public String applicant(String username) {
        if (AppUser.findByUsername(username).isEmpty()) {
            user(username, Role.APPLICANT);
        }
        return username;
    }

    /**
     * Every partner the saved draft names confirms its participation, as its legal representative would through
     * {@code POST /api/proposals/{id}/consent} (tested there): for tests about what happens after.
     */
    @Transactional
    public void confirmAll(long proposalId) {
        entityManager.createNativeQuery("insert into openbando.partner_consent (proposal_id, organization_id, "
                + "confirmed_by, confirmed_at) select p.id, cast(x ->> 'organizationId' as bigint), 'test-fixture', "
                + "now() from openbando.proposal p, jsonb_array_elements(coalesce(cast(p.content as jsonb) "
                + "-> 'partners', cast('[]' as jsonb))) x where p.id = ?1 on conflict do nothing")
                .setParameter(1, proposalId).executeUpdate();
    }

    private void user(String username, String role) {
        users.create(AuditTrail.SYSTEM, new UserService.NewUser(username, PASSWORD, "Test " + username,
                username + "@test.openbando.org", Set.of(role), "it"));
    }

    private static void cluster(String code, String name, String nameEn, String... areas) {
        Cluster cluster = new Cluster();
        cluster.code = code;
        cluster.name = name;
        cluster.nameEn = nameEn;
        cluster.persist();
        for (String areaCode : areas) {
            ThematicArea area = new ThematicArea();
            area.cluster = cluster;
            area.code = areaCode;
            area.name = "Area " + areaCode;
            area.nameEn = "Area " + areaCode;
            area.persist();
        }
    }
}
