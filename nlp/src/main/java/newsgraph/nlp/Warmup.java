package newsgraph.nlp;

/**
 * Runs each pipeline on a short text before READY, so the first real request does not pay for
 * class loading and JIT (the first annotation takes several times longer than the next ones).
 */
final class Warmup {
    private static final String FRENCH = "Le secrétaire général António Guterres s'est rendu à Bamako avec des représentants "
            + "de l'Union africaine. La Banque mondiale et le gouvernement du Mali ont signé un accord à Paris.";
    private static final String ENGLISH = "Secretary-General António Guterres travelled to Nairobi with officials of the "
            + "African Union. The World Bank and the Government of Kenya signed an agreement in London.";

    private Warmup() {}

    static void run(Pipelines pipelines) {
        for (int round = 0; round < 3; round++) {
            pipelines.annotate("fr", FRENCH, true);
            pipelines.annotate("en", ENGLISH, true);
        }
        if (pipelines.annotate("en", ENGLISH, false).mentions().isEmpty()) {
            throw new IllegalStateException("the English pipeline found no entities in the warm-up text");
        }
        if (pipelines.annotate("fr", FRENCH, false).mentions().isEmpty()) {
            throw new IllegalStateException("the French pipeline found no entities in the warm-up text");
        }
    }
}
