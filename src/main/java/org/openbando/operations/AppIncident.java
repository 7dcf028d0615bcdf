package org.openbando.operations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An alarm of the application itself (an integrity failure): one open row per kind and subject, however often it is
 * seen, until an administrator closes it.
 */
@Entity
@Table(name = "incident")
public class AppIncident extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    /** What it is about, e.g. {@code document:12}. */
    public String subject;
    public Long proposalId;
    public String message;
    public int occurrences;
    public Instant firstAt;
    public Instant lastAt;
    public Instant closedAt;
    public String closedBy;
}
