package org.planlineage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The configured API tokens, without Spring: who a token names, with which role, and what is refused at start. */
class ApiTokensTest {

    static ApiTokens tokens(List<String> editors, List<String> readers) {
        return new ApiTokens(new AccessProperties(editors, readers, null, null, AccessProperties.DEFAULT_CSP));
    }

    @Test
    void aNamedTokenIsItsHoldersAndAnUnnamedOneIsNamedByADigest() {
        var tokens = tokens(List.of("alice:0123456789abcdef-alice", "fedcba9876543210-anonymous"), List.of());
        assertThat(tokens.authenticate("0123456789abcdef-alice").getName()).isEqualTo("alice");
        assertThat(tokens.authenticate("fedcba9876543210-anonymous").getName()).matches("editor-[0-9a-f]{8}");
        assertThat(tokens.authenticate("alice:0123456789abcdef-alice"))
                .as("the name is not part of the token")
                .isNull();
    }

    @Test
    void editorsAreAlsoReadersAndReadersOnlyReaders() {
        var tokens = tokens(List.of("e:editor-token-0123456789"), List.of("r:reader-token-0123456789"));
        assertThat(tokens.authenticate("editor-token-0123456789").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_EDITOR", "ROLE_READER");
        assertThat(tokens.authenticate("reader-token-0123456789").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_READER");
    }

    @Test
    void anUnknownTokenOrANearMissIsNobody() {
        var tokens = tokens(List.of("editor-token-0123456789"), List.of());
        assertThat(tokens.authenticate("editor-token-012345678")).isNull();
        assertThat(tokens.authenticate("editor-token-01234567890")).isNull();
        assertThat(tokens.authenticate("")).isNull();
    }

    @Test
    void blankEntriesAreIgnored() {
        assertThat(tokens(List.of(" ", ""), List.of("")).isEmpty()).isTrue();
    }

    @Test
    void aShortOrRepeatedTokenStopsTheStart() {
        assertThatThrownBy(() -> tokens(List.of("alice:short"), List.of()))
                .hasMessage("app.security.editor-tokens holds a token of 5 characters; a token must have at least 16"
                        + " (for example `openssl rand -base64 24`)");
        assertThatThrownBy(() -> tokens(List.of("same-token-0123456789"), List.of("same-token-0123456789")))
                .hasMessageStartingWith("app.security.reader-tokens repeats a token");
    }
}
