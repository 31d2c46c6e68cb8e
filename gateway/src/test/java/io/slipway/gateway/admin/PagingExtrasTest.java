package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kong's list options beyond size and offset: {@code counter} on consumer groups, and the limits of the tags filter. */
class PagingExtrasTest extends NodeTest {

    @Test
    void counterAddsEachGroupsNumberOfConsumersAndFollowsTheNextPage() {
        created("/consumer_groups", "{\"name\":\"gold\"}");
        created("/consumer_groups", "{\"name\":\"silver\"}");
        created("/consumer_groups", "{\"name\":\"empty\"}");
        for (String user : new String[] {"ann", "bob", "cy"}) {
            created("/consumers", "{\"username\":\"" + user + "\"}");
        }
        created("/consumer_groups/gold/consumers", "{\"consumer\":[\"ann\",\"bob\",\"cy\"]}");
        created("/consumer_groups/silver/consumers", "{\"consumer\":\"ann\"}");

        assertThat(counts("/consumer_groups?counter=true")).isEqualTo(Map.of("gold", 3, "silver", 1, "empty", 0));
        assertThat(counts("/consumer_groups?counter")).isEqualTo(Map.of("gold", 3, "silver", 1, "empty", 0));
        var plain = admin.get("/consumer_groups").json().get("data");
        plain.forEach(group -> assertThat(group.has("consumers_count")).isFalse());
        admin.get("/consumer_groups?counter=false").json().get("data")
                .forEach(group -> assertThat(group.has("consumers_count")).isFalse());

        var first = admin.get("/consumer_groups?counter=true&size=2").json();
        assertThat(first.get("data")).hasSize(2);
        String next = first.get("next").asText();
        assertThat(next).contains("counter=true").contains("size=2");
        var second = admin.get(next).json().get("data");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).has("consumers_count")).isTrue();

        admin.delete("/consumer_groups/gold/consumers/bob");
        assertThat(counts("/consumer_groups?counter=true")).containsEntry("gold", 2);
    }

    @Test
    void tagsFilterRefusesMoreThanFiveTagsAndControlCharactersWithKongsInvalidOptionsError() {
        created("/services", "{\"name\":\"a\",\"url\":\"http://127.0.0.1:9000\",\"tags\":[\"t1\",\"t2\"]}");
        created("/services", "{\"name\":\"b\",\"url\":\"http://127.0.0.1:9000\",\"tags\":[\"t2\"]}");

        var six = admin.get("/services?tags=t1,t2,t3,t4,t5,t6");
        assertThat(six.status()).isEqualTo(400);
        assertThat(six.json().get("name").asText()).isEqualTo("invalid options");
        assertThat(six.json().get("code").asInt()).isEqualTo(11);
        assertThat(six.json().get("message").asText()).isEqualTo("invalid option (tags: cannot query more than 5 tags)");
        assertThat(six.json().at("/fields/tags").asText()).isEqualTo("cannot query more than 5 tags");

        var mixed = admin.get("/routes?tags=t1,t2/t3");
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.json().at("/fields/tags").asText()).isEqualTo("invalid filter syntax");

        var control = admin.get("/services?tags=t1,a%01b");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.json().at("/fields/tags").asText())
                .isEqualTo("invalid tag 'a?b': expected printable ascii (except `,` and `/`) or valid utf-8 sequences");
        created("/services", "{\"name\":\"c\",\"url\":\"http://127.0.0.1:9000\",\"tags\":[\"café\"]}");
        assertThat(admin.get("/services?tags=caf%C3%A9").json().at("/data/0/name").asText())
                .as("tags are UTF-8, as in Kong").isEqualTo("c");

        assertThat(admin.get("/services?tags=t1,,t2").json().get("data")).hasSize(1);
        assertThat(admin.get("/services?tags=t1/t2/t3/t4/t5").json().get("data")).hasSize(2);
        assertThat(admin.get("/upstreams?tags=t1,t2,t3,t4,t5,t6").status())
                .as("every list takes the same filter").isEqualTo(400);
    }

    private Map<String, Integer> counts(String path) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode group : admin.get(path).json().get("data")) {
            counts.put(group.get("name").asText(), group.get("consumers_count").asInt());
        }
        return counts;
    }
}
