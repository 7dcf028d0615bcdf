package org.openbando.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The declaration of absence of conflict of interest an expert signed when accepting an assignment (Law 241/1990 art.
 * 6-bis): the full text as signed ({@link DeclarationText}), its language, its SHA-256, who and when. Never changed
 * nor removed (V16's trigger refuses it).
 */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long assignmentId;
    public String expert;
    public Instant signedAt;
    public String language;
    public String text;
    public String sha256;
    public String textVersion;

    static ConflictDeclaration ofAssignment(long assignmentId) {
        return find("assignmentId", assignmentId).firstResult();
    }
}
