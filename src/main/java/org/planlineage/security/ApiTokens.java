package org.planlineage.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The API tokens of the configuration ({@code app.security.editor-tokens}, {@code reader-tokens}). A token presented
 * is compared with every configured one by SHA-256 digest in constant time, so neither its length nor its first
 * matching characters can be learned from how long the answer takes.
 */
final class ApiTokens {

    /** Shorter tokens could be guessed: the service refuses to start with one. */
    static final int MIN_LENGTH = 16;

    private static final Pattern NAMED = Pattern.compile("([A-Za-z0-9._-]{1,64}):(.+)");

    private record Token(String name, byte[] digest, boolean editor) {}

    private final List<Token> tokens = new ArrayList<>();

    ApiTokens(AccessProperties props) {
        var seen = new HashSet<String>();
        add(props.editorTokens(), true, "app.security.editor-tokens", seen);
        add(props.readerTokens(), false, "app.security.reader-tokens", seen);
    }

    private void add(List<String> configured, boolean editor, String key, HashSet<String> seen) {
        for (String entry : configured) {
            if (entry.isBlank()) {
                continue;
            }
            var named = NAMED.matcher(entry.strip());
            String token = named.matches() ? named.group(2) : entry.strip();
            if (token.length() < MIN_LENGTH) {
                throw new IllegalStateException(key + " holds a token of " + token.length() + " characters; a token"
                        + " must have at least " + MIN_LENGTH + " (for example `openssl rand -base64 24`)");
            }
            if (!seen.add(token)) {
                throw new IllegalStateException(key + " repeats a token (or it is also an "
                        + (editor ? "reader" : "editor") + " token): give each holder their own");
            }
            byte[] digest = sha256(token);
            String name = named.matches()
                    ? named.group(1)
                    : (editor ? "editor-" : "reader-")
                            + HexFormat.of().formatHex(digest).substring(0, 8);
            tokens.add(new Token(name, digest, editor));
        }
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The holder of {@code presented}, with role EDITOR (and READER) or READER; null when it is none of them. */
    Authentication authenticate(String presented) {
        byte[] digest = sha256(presented);
        Token match = null;
        for (Token token : tokens) { // every token is compared: the time taken does not depend on which matched
            if (MessageDigest.isEqual(token.digest(), digest)) {
                match = token;
            }
        }
        if (match == null) {
            return null;
        }
        var roles = match.editor()
                ? AuthorityUtils.createAuthorityList(Roles.EDITOR, Roles.READER)
                : AuthorityUtils.createAuthorityList(Roles.READER);
        return UsernamePasswordAuthenticationToken.authenticated(match.name(), null, roles);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
