package io.toolwright;

import io.toolwright.jdbc.Databases;
import io.toolwright.spi.ConversationState;
import io.toolwright.spi.IdempotencyStore;

/** The runtime's {@link IdempotencyTest}, every test, over PostgreSQL. */
class JdbcIdempotencyContractTest extends IdempotencyTest {

  @Override
  IdempotencyStore newStore() {
    return Databases.emptyIdempotencyStore();
  }

  @Override
  ConversationState newState() {
    return Databases.newConversation();
  }
}
