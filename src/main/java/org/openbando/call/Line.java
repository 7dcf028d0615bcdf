package org.openbando.call;

/** Line A: enterprises already members of a cluster. Line B: never members, who must join if funded. */
public enum Line {
    A, B
}
