package dev.rituals.db.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON text stored in columns that hold small structures. Written through Jackson's tree model
 * with explicit field names, so renaming a record component never silently changes stored data.
 * Collections are written sorted, so saving the same value twice stores the same text.
 */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static String strings(Collection<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    new TreeSet<>(values).forEach(array::add);
    return write(array);
  }

  static Set<String> readStrings(String json) {
    Set<String> values = new LinkedHashSet<>();
    read(json).forEach(node -> values.add(node.asText()));
    return values;
  }

  static String stringMap(Map<String, String> values) {
    ObjectNode object = MAPPER.createObjectNode();
    new TreeMap<>(values).forEach(object::put);
    return write(object);
  }

  static Map<String, String> readStringMap(String json) {
    Map<String, String> values = new LinkedHashMap<>();
    read(json).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }

  static String users(Collection<UserRef> users) {
    ArrayNode array = MAPPER.createArrayNode();
    users.stream()
        .map(Json::user)
        .sorted((a, b) -> a.toString().compareTo(b.toString()))
        .forEach(array::add);
    return write(array);
  }

  static Set<UserRef> readUsers(String json) {
    Set<UserRef> users = new LinkedHashSet<>();
    read(json).forEach(node -> users.add(readUser(node)));
    return users;
  }

  static String dateRanges(List<DateRange> ranges) {
    ArrayNode array = MAPPER.createArrayNode();
    for (DateRange range : ranges) {
      array.addObject().put("from", range.from().toString()).put("to", range.to().toString());
    }
    return write(array);
  }

  static List<DateRange> readDateRanges(String json) {
    List<DateRange> ranges = new ArrayList<>();
    read(json)
        .forEach(
            node ->
                ranges.add(
                    new DateRange(
                        LocalDate.parse(node.get("from").asText()),
                        LocalDate.parse(node.get("to").asText()))));
    return ranges;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ObjectNode user(UserRef user) {
    return MAPPER
        .createObjectNode()
        .put("platform", user.platform().name())
        .put("tenant", user.tenant().tenantId())
        .put("id", user.userId());
  }

  static UserRef readUser(JsonNode node) {
    return UserRef.of(
        Platform.valueOf(node.get("platform").asText()),
        node.get("tenant").asText(),
        node.get("id").asText());
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      // Only our own writes are stored here: unreadable text means a corrupted row.
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }
}
