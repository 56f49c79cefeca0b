package org.commonground.matching;

/** Who holds each tag as a challenge, offer or ask, and how rare each challenge is. */
final class TagIndex {
  final Postings challengeHolders;
  final Postings offerHolders;
  final Postings askHolders;
  final double[] idf;

  TagIndex(Network network) {
    int tags = network.tagCount();
    challengeHolders = Postings.invert(network.challenges, tags, network.profiles);
    offerHolders = Postings.invert(network.offers, tags, network.profiles);
    askHolders = Postings.invert(network.asks, tags, network.profiles);
    idf = new double[tags];
    for (int tag = 0; tag < tags; tag++) {
      int holders = challengeHolders.size(tag);
      // StrictMath: identical weights on every JVM, so a preview matches the real run.
      idf[tag] = holders == 0 ? 0 : StrictMath.log(1.0 + (double) network.size() / holders);
    }
  }
}
