package newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * The French and English CoreNLP pipelines, loaded once and shared by the worker threads
 * (StanfordCoreNLP.annotate is thread-safe for these annotators).
 */
final class Pipelines {
    /** What a text reads as: sentences, tokens and entity mentions, as char offsets into the text. */
    record Span(int start, int end) {}
    record Mention(int start, int end, String type) {}
    record Result(List<Span> sentences, List<Span> tokens, List<Mention> mentions) {}

    /** The French WikiNER model says PER/ORG/LOC; answers use the English model's names for both languages. */
    private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");

    private final Map<String, StanfordCoreNLP> byLanguage;
    private final Map<String, Properties> propsByLanguage;

    private Pipelines(Map<String, Properties> props) {
        this.propsByLanguage = props;
        this.byLanguage = Map.of("en", new StanfordCoreNLP(props.get("en")), "fr", new StanfordCoreNLP(props.get("fr")));
    }

    static Pipelines load() {
        return new Pipelines(Map.of("en", englishProps(), "fr", frenchProps()));
    }

    /**
     * English: the NER step alone, without SUTime, numeric classifiers or fine-grained types:
     * about ten times faster than CoreNLP's default and no worse on names (EXTRACTION-NOTES.md).
     * Models: CoreNLP's default trio (3-class, 4-class CoNLL with MISC, 7-class MUC).
     */
    /**
     * Sentences longer than this many tokens are left untagged: a page without sentence breaks (a list, a table,
     * 100 KB on one line) would otherwise be one giant CRF sequence, costly in time and heap. Real sentences in
     * news stay well under it.
     */
    private static final String MAX_SENTENCE_TOKENS = "400";

    private static Properties englishProps() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.maxlen", MAX_SENTENCE_TOKENS);
        return props;
    }

    /**
     * French: CoreNLP's own StanfordCoreNLP-french.properties (tokenizer language, multi-word-token
     * splitting, the WikiNER 4-class CRF), minus the POS tagger and dependency parser NER does not use.
     */
    private static Properties frenchProps() {
        Properties shipped = new Properties();
        try (InputStream in = Pipelines.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-french.properties")) {
            if (in == null) {
                throw new IllegalStateException("StanfordCoreNLP-french.properties is not on the classpath: is the models-french jar missing?");
            }
            shipped.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = new Properties();
        for (String key : shipped.stringPropertyNames()) {
            if (key.startsWith("tokenize.") || key.startsWith("mwt.") || key.startsWith("ner.")) {
                props.setProperty(key, shipped.getProperty(key));
            }
        }
        props.setProperty("annotators", "tokenize,ssplit,mwt,ner");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.maxlen", MAX_SENTENCE_TOKENS);
        return props;
    }

    /** The settings that matter for answers, for /health. */
    Map<String, String> describe(String language) {
        Properties props = propsByLanguage.get(language);
        String models = props.getProperty("ner.model", "CoreNLP default English models (3class, conll.4class, muc.7class)");
        return Map.of("annotators", props.getProperty("annotators"), "nerModel", models);
    }

    Result annotate(String language, String text, boolean withTokens) {
        StanfordCoreNLP pipeline = byLanguage.get(language);
        if (pipeline == null) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<Span> sentences = new ArrayList<>();
        List<Span> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(new Span(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            if (withTokens) {
                for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                    Span span = new Span(token.beginPosition(), token.endPosition());
                    // French multi-word tokens ("du" → "de le") share one span: list it once.
                    if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(span)) {
                        tokens.add(span);
                    }
                }
            }
            List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (found == null) {
                continue;
            }
            for (CoreMap mention : found) {
                String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (type != null && !"O".equals(type) && start < end) {
                    mentions.add(new Mention(start, end, TYPES.getOrDefault(type, type)));
                }
            }
        }
        return new Result(sentences, tokens, mentions);
    }
}
