package org.planlineage.search;

import java.util.Arrays;
import org.planlineage.graph.NodeType;

/** What a search hit is; the SDL's {@code SearchKind}: one per kind of node. */
public enum SearchKind {
    DOCUMENT(NodeType.DOCUMENT),
    PLAN_ITEM(NodeType.PLAN_ITEM),
    INDICATOR(NodeType.INDICATOR),
    AGENCY(NodeType.AGENCY);

    private final NodeType nodeType;

    SearchKind(NodeType nodeType) {
        this.nodeType = nodeType;
    }

    public NodeType nodeType() {
        return nodeType;
    }

    static SearchKind of(NodeType type) {
        return Arrays.stream(values())
                .filter(k -> k.nodeType == type)
                .findFirst()
                .orElseThrow();
    }
}
