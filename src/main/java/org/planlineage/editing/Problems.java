package org.planlineage.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.graphql.ApiException;

/**
 * Every problem found in one input, each with its input path ({@code input.items[3].lead[0]}), what is wrong and what
 * to send instead, and where useful the closest known values. All of them are reported at once, as one
 * {@code BAD_REQUEST} whose {@code extensions.problems} lists them: an editor fixes a batch of mistakes per try.
 */
final class Problems {

    /** One problem; {@code suggestions} are known values close to what was sent. */
    record Problem(String path, String message, List<String> suggestions) {
        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("path", path);
            m.put("message", message);
            if (!suggestions.isEmpty()) {
                m.put("suggestions", suggestions);
            }
            return m;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    void add(String path, String message) {
        problems.add(new Problem(path, message, List.of()));
    }

    void add(String path, String message, List<String> suggestions) {
        problems.add(new Problem(path, message, List.copyOf(suggestions)));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(problems);
    }

    /** Throws the refusal when anything was found; {@code what} names the request ("The import"). */
    void throwIfAny(String what) {
        if (problems.isEmpty()) {
            return;
        }
        var first = problems.get(0);
        String message = what + " was refused and nothing was written: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " (see extensions.problems). First: "
                + first.path() + ": " + first.message();
        throw new ApiException(
                ApiException.Classification.BAD_REQUEST,
                message,
                Map.of("problems", problems.stream().map(Problem::asMap).toList()));
    }
}
