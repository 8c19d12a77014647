package org.planlineage.editing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.planlineage.graphql.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Editors by API token, until the service's security layer takes this over: {@code Authorization: Bearer <token>}
 * with a token of {@code app.security.editor-tokens} is an editor (named {@code editor-<n>}, its place in the list),
 * one of {@code app.security.reader-tokens} is a reader.
 */
@Component
class TokenEditors implements Editors {

    private final List<String> editorTokens;
    private final List<String> readerTokens;

    TokenEditors(
            @Value("${app.security.editor-tokens:}") List<String> editorTokens,
            @Value("${app.security.reader-tokens:}") List<String> readerTokens) {
        this.editorTokens = editorTokens.stream().filter(t -> !t.isBlank()).toList();
        this.readerTokens = readerTokens.stream().filter(t -> !t.isBlank()).toList();
    }

    @Override
    public String requireEditor() {
        String token = bearer();
        if (token == null) {
            throw new ApiException(
                    ApiException.Classification.UNAUTHORIZED,
                    "Only an editor may write: send 'Authorization: Bearer <editor token>'",
                    Map.of());
        }
        int index = editorTokens.indexOf(token);
        if (index >= 0) {
            return "editor-" + (index + 1);
        }
        throw new ApiException(
                ApiException.Classification.FORBIDDEN,
                readerTokens.contains(token)
                        ? "This credential may read but not write; an editor's is needed"
                        : "This credential is not known; an editor's is needed",
                Map.of());
    }

    private static String bearer() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
