package io.slipway.gateway.admin;

import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.schema.EntityKind;

/**
 * Registers Kong's entity paths: each collection at the top level ({@code /services}) and nested
 * under its parent ({@code /services/{service}/routes}), with list, create, get, PUT, PATCH and DELETE.
 */
final class EntityEndpoints {

    private final EntityService entities;

    EntityEndpoints(EntityService entities) {
        this.entities = entities;
    }

    void register(PathRouter router) {
        collection(router, "/services", EntityKind.SERVICE, null, null);
        collection(router, "/routes", EntityKind.ROUTE, null, null);
        collection(router, "/upstreams", EntityKind.UPSTREAM, null, null);
        collection(router, "/consumers", EntityKind.CONSUMER, null, null);
        collection(router, "/consumer_groups", EntityKind.CONSUMER_GROUP, null, null);
        collection(router, "/plugins", EntityKind.PLUGIN, null, null);
        collection(router, "/key-auths", EntityKind.KEY_AUTH, null, null);
        collection(router, "/jwts", EntityKind.JWT, null, null);
        collection(router, "/basic-auths", EntityKind.BASIC_AUTH, null, null);
        collection(router, "/acls", EntityKind.ACL, null, null);
        collection(router, "/certificates", EntityKind.CERTIFICATE, null, null);
        collection(router, "/snis", EntityKind.SNI, null, null);
        collection(router, "/certificates/{parent}/snis", EntityKind.SNI, EntityKind.CERTIFICATE, "certificate");

        collection(router, "/services/{parent}/routes", EntityKind.ROUTE, EntityKind.SERVICE, "service");
        collection(router, "/services/{parent}/plugins", EntityKind.PLUGIN, EntityKind.SERVICE, "service");
        collection(router, "/routes/{parent}/plugins", EntityKind.PLUGIN, EntityKind.ROUTE, "route");
        collection(router, "/consumers/{parent}/plugins", EntityKind.PLUGIN, EntityKind.CONSUMER, "consumer");
        collection(router, "/consumer_groups/{parent}/plugins", EntityKind.PLUGIN, EntityKind.CONSUMER_GROUP, "consumer_group");
        collection(router, "/upstreams/{parent}/targets", EntityKind.TARGET, EntityKind.UPSTREAM, "upstream");
        collection(router, "/consumers/{parent}/key-auth", EntityKind.KEY_AUTH, EntityKind.CONSUMER, "consumer");
        collection(router, "/consumers/{parent}/jwt", EntityKind.JWT, EntityKind.CONSUMER, "consumer");
        collection(router, "/consumers/{parent}/basic-auth", EntityKind.BASIC_AUTH, EntityKind.CONSUMER, "consumer");
        collection(router, "/consumers/{parent}/acls", EntityKind.ACL, EntityKind.CONSUMER, "consumer");

        router.add("GET", "/upstreams/{parent}/targets/all", call -> list(call, EntityKind.TARGET,
                new Scope(EntityKind.UPSTREAM, "upstream", call.param("parent"))));
        parentOf(router, "/routes/{child}/service", EntityKind.ROUTE, "service");
        parentOf(router, "/plugins/{child}/service", EntityKind.PLUGIN, "service");
        parentOf(router, "/plugins/{child}/route", EntityKind.PLUGIN, "route");
        parentOf(router, "/plugins/{child}/consumer", EntityKind.PLUGIN, "consumer");
        parentOf(router, "/plugins/{child}/consumer_group", EntityKind.PLUGIN, "consumer_group");
        parentOf(router, "/key-auths/{child}/consumer", EntityKind.KEY_AUTH, "consumer");
        parentOf(router, "/jwts/{child}/consumer", EntityKind.JWT, "consumer");
        parentOf(router, "/basic-auths/{child}/consumer", EntityKind.BASIC_AUTH, "consumer");
        parentOf(router, "/acls/{child}/consumer", EntityKind.ACL, "consumer");
        parentOf(router, "/targets/{child}/upstream", EntityKind.TARGET, "upstream");
        parentOf(router, "/snis/{child}/certificate", EntityKind.SNI, "certificate");
    }

    private void collection(PathRouter router, String path, EntityKind kind, EntityKind parentKind, String field) {
        router.add("GET", path, call -> list(call, kind, scope(call, parentKind, field)));
        router.add("POST", path, call -> Reply.json(201,
                view(entities.create(kind, scope(call, parentKind, field), call.object(), call.form()))));
        String item = path + "/{id}";
        router.add("GET", item, call -> Reply.json(200,
                view(entities.get(kind, scope(call, parentKind, field), call.param("id")))));
        router.add("PUT", item, call -> Reply.json(200, view(entities.upsert(kind,
                scope(call, parentKind, field), call.param("id"), call.object(), call.form()))));
        router.add("PATCH", item, call -> Reply.json(200, view(entities.patch(kind,
                scope(call, parentKind, field), call.param("id"), call.object(), call.form()))));
        router.add("DELETE", item, call -> {
            entities.delete(kind, scope(call, parentKind, field), call.param("id"));
            return Reply.noContent();
        });
    }

    /** {@code GET /routes/{route}/service}: the parent an entity refers to; PATCH changes that parent. */
    private void parentOf(PathRouter router, String path, EntityKind childKind, String field) {
        router.add("GET", path, call -> Reply.json(200, Paging.view(parent(call, childKind, field))));
        router.add("PATCH", path, call -> {
            var parent = parent(call, childKind, field);
            var parentKind = EntityService.parentKind(field);
            return Reply.json(200, Paging.view(entities.patch(parentKind, Scope.NONE, parent.id().toString(),
                    call.object(), call.form())));
        });
    }

    private Entity parent(ApiCall call, EntityKind childKind, String field) {
        var child = entities.get(childKind, Scope.NONE, call.param("child"));
        var ref = Paging.view(child).path(field).path("id");
        if (!ref.isTextual()) {
            throw ApiError.notFound();
        }
        return entities.get(EntityService.parentKind(field), Scope.NONE, ref.asText());
    }

    private Reply list(ApiCall call, EntityKind kind, Scope scope) {
        if (kind == EntityKind.CERTIFICATE) {
            var snis = entities.list(EntityKind.SNI, Scope.NONE);
            return Reply.json(200, Paging.page(call, entities.list(kind, scope), c -> CertificateSnis.view(c, snis)));
        }
        if (kind == EntityKind.CONSUMER_GROUP && Paging.counter(call)) {
            var sizes = new java.util.HashMap<java.util.UUID, Integer>();
            entities.list(EntityKind.CONSUMER_GROUP_CONSUMER, Scope.NONE).forEach(m -> sizes.merge(
                    ((io.slipway.gateway.config.ConsumerGroupMember) m).consumerGroupId(), 1, Integer::sum));
            return Reply.json(200, Paging.page(call, entities.list(kind, scope),
                    group -> Paging.view(group).put("consumers_count", sizes.getOrDefault(group.id(), 0))));
        }
        return Reply.json(200, Paging.page(call, entities.list(kind, scope), Paging::view));
    }

    /** An entity as answered; certificates carry the names of their SNIs, as Kong shows them. */
    private com.fasterxml.jackson.databind.node.ObjectNode view(Entity entity) {
        if (entity instanceof io.slipway.gateway.config.Certificate) {
            return CertificateSnis.view(entity, entities.list(EntityKind.SNI, Scope.NONE));
        }
        return Paging.view(entity);
    }

    private static Scope scope(ApiCall call, EntityKind parentKind, String field) {
        return parentKind == null ? Scope.NONE : new Scope(parentKind, field, call.param("parent"));
    }
}
