package org.openbando.call;

import org.openbando.shared.PublicApi;
/** Line A: enterprises already members of a cluster. Line B: never members, who must join if funded. */
@PublicApi
public enum Line {
    A, B
}
