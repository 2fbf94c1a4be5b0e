package newsgraph.nlp;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;

/** A checked POST /ner body: {"texts": [{"id", "language": "fr"|"en", "text"}], "tokens"?: boolean}. */
record NerRequest(List<Item> texts, boolean withTokens) {
    record Item(String id, String language, String text) {}

    /** Thrown for a body the service refuses; the message is sent back as is. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private static final Pattern LANGUAGE = Pattern.compile("fr|en");

    static NerRequest parse(String body, Limits limits) throws Invalid {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Invalid("the body is not a JSON object: " + e.getMessage());
        }
        JsonValue texts = root.get("texts");
        if (!(texts instanceof JsonArray array)) {
            throw new Invalid("\"texts\" must be an array of {id, language, text}");
        }
        if (array.isEmpty() || array.size() > limits.maxTexts()) {
            throw new Invalid("\"texts\" must hold 1 to " + limits.maxTexts() + " items, not " + array.size());
        }
        List<Item> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject item)) {
                throw new Invalid("texts[" + i + "] must be an object");
            }
            String id = string(item, "id", i);
            String language = string(item, "language", i);
            String text = string(item, "text", i);
            if (id.length() > 200) {
                throw new Invalid("texts[" + i + "].id is longer than 200 characters");
            }
            if (!LANGUAGE.matcher(language).matches()) {
                throw new Invalid("texts[" + i + "].language must be \"fr\" or \"en\", not \"" + language + "\"");
            }
            if (text.length() > limits.maxTextChars()) {
                throw new Invalid("texts[" + i + "].text has " + text.length() + " characters; the limit is "
                        + limits.maxTextChars() + " (split the article, or raise --max-text-chars)");
            }
            items.add(new Item(id, language, text));
        }
        JsonValue tokens = root.get("tokens");
        return new NerRequest(items, tokens == JsonValue.TRUE);
    }

    private static String string(JsonObject item, String key, int index) throws Invalid {
        if (!(item.get(key) instanceof JsonString value)) {
            throw new Invalid("texts[" + index + "]." + key + " must be a string");
        }
        return value.getString();
    }
}
