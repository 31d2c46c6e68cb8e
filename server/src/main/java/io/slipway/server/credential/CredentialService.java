package io.slipway.server.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.api.ApiException;
import io.slipway.server.store.CredentialRow;
import io.slipway.server.store.CredentialStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores credentials sealed with AES-GCM and hands them in clear only to builds ({@link #resolve}).
 * The API side is write-only: listing shows ids, types and descriptions. Thread-safe.
 */
public final class CredentialService {

    private static final TypeReference<Map<String, String>> SECRETS = new TypeReference<>() { };

    private final CredentialStore store;
    private final Sealer sealer;
    private final ObjectMapper json;
    private final Clock clock;

    public CredentialService(CredentialStore store, Sealer sealer, ObjectMapper json, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.json = json;
        this.clock = clock;
    }

    public List<CredentialInfo> list() {
        return store.all().stream().map(CredentialService::info).toList();
    }

    public CredentialInfo info(String id) {
        return store.find(id).map(CredentialService::info)
                .orElseThrow(() -> ApiException.notFound("credential '" + id + "'"));
    }

    /** Stores a new credential; 409 when the id is taken. */
    public CredentialInfo create(Credential credential) {
        if (store.find(credential.id()).isPresent()) {
            throw ApiException.conflict("credential '" + credential.id() + "' already exists");
        }
        Instant now = clock.instant();
        CredentialRow row = row(credential, now, now);
        store.insert(row);
        return info(row);
    }

    /** Replaces a credential's type, description and secrets; 404 when there is none. */
    public CredentialInfo replace(Credential credential) {
        CredentialInfo existing = info(credential.id());
        CredentialRow row = row(credential, existing.createdAt(), clock.instant());
        store.update(row);
        return info(row);
    }

    public void delete(String id) {
        if (store.delete(id) == 0) {
            throw ApiException.notFound("credential '" + id + "'");
        }
    }

    /** The credential with its secrets in clear, for binding into a build; empty when unknown. */
    public Optional<Credential> resolve(String id) {
        return store.find(id).map(row -> {
            try {
                Map<String, String> secrets = json.readValue(sealer.open(row.id(), row.sealed()), SECRETS);
                return new Credential(row.id(), CredentialType.parse(row.type()), row.description(), secrets);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("credential " + id + " holds unreadable data", e);
            }
        });
    }

    private CredentialRow row(Credential credential, Instant created, Instant updated) {
        try {
            String sealed = sealer.seal(credential.id(), json.writeValueAsString(credential.secrets()));
            return new CredentialRow(credential.id(), credential.type().word(), credential.description(), sealed,
                    created, updated);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise credential " + credential.id(), e);
        }
    }

    private static CredentialInfo info(CredentialRow row) {
        return new CredentialInfo(row.id(), row.type(), row.description(), row.createdAt(), row.updatedAt());
    }
}
