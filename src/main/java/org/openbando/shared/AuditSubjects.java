package org.openbando.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A port: which audited objects belong to a call, a proposal or an organisation. The audit trail records each act on
 * the object it changed ({@code entity_type}, {@code entity_id}: a proposal, an evaluation, an award...); a search of
 * the trail by call, project or organisation asks every feature that writes audit rows to add the objects it audits
 * that belong to the scope, and then reads the trail of all of them in one query ({@link AuditTrail#newest}). The
 * writers stay as they are.
 *
 * <p>Each feature that writes audit rows implements this with a small bean over its own tables (one query per scope,
 * never one per object); an implementation may use its own and lower features' facades. A scope that a feature's
 * objects do not belong to adds nothing.
 */
@PublicApi
public interface AuditSubjects {

    /** What a search is narrowed to: a call, a proposal (the project) or an organisation, by id. */
    enum Scope {
        CALL, PROPOSAL, ORGANIZATION
    }

    /** Adds to {@code into} the (entity type, entity id) pairs this feature audits that belong to the scope. */
    void collect(Scope scope, long id, Subjects into);

    /**
     * The helper of the implementations: runs {@code sql} (over the feature's own tables, with {@code id} for each of
     * its {@code ?}) and adds column k of every row as an object of {@code types[k]} (a null column adds nothing).
     */
    static void query(DataSource dataSource, Subjects into, String sql, long id, String... types) {
        int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
        Sql.read(dataSource, "the audited objects of a scope", c -> {
            Sql.query(c, sql, Collections.nCopies(parameters, id), rs -> {
                for (int k = 0; k < types.length; k++) {
                    long value = rs.getLong(k + 1);
                    if (!rs.wasNull()) {
                        into.add(types[k], value);
                    }
                }
            });
            return null;
        });
    }

    /** A set of audited objects: (entity type, entity id) pairs, each once. */
    final class Subjects {

        private final Map<String, Set<Long>> byType = new LinkedHashMap<>();
        private int size;

        public Subjects add(String entityType, long entityId) {
            if (byType.computeIfAbsent(entityType, t -> new HashSet<>()).add(entityId)) {
                size++;
            }
            return this;
        }

        public Subjects addAll(String entityType, Collection<Long> entityIds) {
            entityIds.forEach(id -> add(entityType, id));
            return this;
        }

        public boolean contains(String entityType, long entityId) {
            Set<Long> ids = byType.get(entityType);
            return ids != null && ids.contains(entityId);
        }

        /** The ids of one type (a copy). */
        public Set<Long> ids(String entityType) {
            return Set.copyOf(byType.getOrDefault(entityType, Set.of()));
        }

        /** Keeps only the pairs that are also in {@code other} (a search by call and organisation: both). */
        public Subjects retain(Subjects other) {
            size = 0;
            byType.entrySet().removeIf(e -> {
                Set<Long> theirs = other.byType.getOrDefault(e.getKey(), Set.of());
                e.getValue().retainAll(theirs);
                size += e.getValue().size();
                return e.getValue().isEmpty();
            });
            return this;
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        /** The pairs as two parallel arrays (types, ids), as the query sends them to {@code unnest}. */
        Object[][] arrays() {
            String[] types = new String[size];
            Long[] ids = new Long[size];
            int i = 0;
            for (Map.Entry<String, Set<Long>> e : byType.entrySet()) {
                for (Long id : e.getValue()) {
                    types[i] = e.getKey();
                    ids[i++] = id;
                }
            }
            return new Object[][] {types, ids};
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            byType.forEach((t, ids) -> parts.add(t + " x" + ids.size()));
            return "Subjects" + parts;
        }
    }
}
