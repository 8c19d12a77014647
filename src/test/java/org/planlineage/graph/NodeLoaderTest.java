package org.planlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

/** The node loader without Spring or a database: one call per kind among the ids, and a source for every kind. */
class NodeLoaderTest {

    /** A source that knows the keys "a" and "b" and records every call. */
    private static final class Source implements NodeSource<Stub> {
        final NodeType type;
        final List<List<String>> calls = new ArrayList<>();

        Source(NodeType type) {
            this.type = type;
        }

        @Override
        public NodeType nodeType() {
            return type;
        }

        @Override
        public String projection() {
            return "RETURN n.key AS node";
        }

        @Override
        public Stub read(Value node) {
            return new Stub(type, node.asString());
        }

        @Override
        public Map<String, Stub> byKeys(Collection<String> keys) {
            calls.add(List.copyOf(keys));
            var found = new LinkedHashMap<String, Stub>();
            keys.stream().filter(k -> k.equals("a") || k.equals("b")).forEach(k -> found.put(k, new Stub(type, k)));
            return found;
        }
    }

    private record Stub(NodeType nodeType, String key) implements Node {
        @Override
        public String id() {
            return globalId().toString();
        }
    }

    @Test
    void idsOfSeveralKindsCostOneCallPerKindAndUnknownKeysAreAbsent() {
        List<Source> sources = Arrays.stream(NodeType.values()).map(Source::new).toList();
        var loader = new NodeLoader(List.copyOf(sources));
        var loaded = loader.load(List.of(
                NodeType.DOCUMENT.id("a"),
                NodeType.AGENCY.id("b"),
                NodeType.DOCUMENT.id("b"),
                NodeType.DOCUMENT.id("unknown")));
        assertThat(loaded.keySet())
                .containsExactlyInAnyOrder(
                        NodeType.DOCUMENT.id("a"), NodeType.DOCUMENT.id("b"), NodeType.AGENCY.id("b"));
        assertThat(loaded.get(NodeType.AGENCY.id("b")).nodeType()).isEqualTo(NodeType.AGENCY);
        assertThat(sources.get(NodeType.DOCUMENT.ordinal()).calls).containsExactly(List.of("a", "b", "unknown"));
        assertThat(sources.get(NodeType.AGENCY.ordinal()).calls).containsExactly(List.of("b"));
        assertThat(sources.get(NodeType.PLAN_ITEM.ordinal()).calls).isEmpty();
    }

    @Test
    void everyKindNeedsExactlyOneSource() {
        assertThatThrownBy(() -> new NodeLoader(List.of(new Source(NodeType.DOCUMENT))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No NodeSource loads PLAN_ITEM nodes");
        var all = new ArrayList<NodeSource<?>>(
                Arrays.stream(NodeType.values()).map(Source::new).toList());
        all.add(new Source(NodeType.AGENCY));
        assertThatThrownBy(() -> new NodeLoader(all))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two sources of AGENCY nodes");
    }
}
