package org.openbando.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openbando.shared.PublicApi;

/**
 * The public face of registered organisations for building a consortium: an applicant names a partner or a provider
 * of research services by its VAT number (or numeric fiscal code) and sees its name and type. Only what identifies an
 * organisation is given (name, VAT number, type), never its size figures or holdings, which stay readable only by its
 * own applicants and by officers and auditors.
 */
@ApplicationScoped
@PublicApi
public class OrganizationDirectory {

    /** What anybody drafting a proposal may know of a registered organisation. */
    public record Entry(long id, String name, String vatNumber, OrganizationType type) {
        public boolean enterprise() {
            return type.isEnterprise();
        }
    }

    /** The organisation registered with this VAT number (typed with spaces or the IT prefix, as people do). */
    public Optional<Entry> byVatNumber(String typed) {
        String vat = VatNumber.normalize(typed);
        if (vat == null || !VatNumber.looksLikeOne(vat)) {
            return Optional.empty(); // nothing stored looks otherwise: no query for anything typed
        }
        return Organization.findByVatNumber(vat).map(OrganizationDirectory::entry);
    }

    /** The organisations with these ids, by id; unknown ids are absent. */
    public Map<Long, Entry> byIds(Collection<Long> ids) {
        Map<Long, Entry> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Organization.<Organization>list("id in ?1", ids).forEach(o -> found.put(o.id, entry(o)));
        return found;
    }

    /**
     * The facts the rules of a call judge about these organisations on {@code day} (see {@link OrganizationFacts}), by
     * id; unknown ids are absent. Memberships and holdings are read in one query each, not one per organisation.
     */
    public Map<Long, OrganizationFacts> facts(Collection<Long> ids, LocalDate day) {
        Map<Long, OrganizationFacts> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Organization.<Organization>find("select distinct o from Organization o left join fetch o.memberships m "
                + "left join fetch m.cluster where o.id in ?1", ids).list().forEach(o -> found.put(o.id, facts(o, day)));
        return found;
    }

    static OrganizationFacts facts(Organization o, LocalDate day) {
        return new OrganizationFacts(o.id, o.name, o.vatNumber, o.type, day, o.type.isEnterprise() ? o.size() : null,
                o.memberships.stream().filter(m -> m.isActiveOn(day)).map(m -> m.cluster.code).sorted().toList(),
                !o.wasNeverClusterMember());
    }

    private static Entry entry(Organization o) {
        return new Entry(o.id, o.name, o.vatNumber, o.type);
    }
}
