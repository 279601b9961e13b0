package io.toolwright;

import io.toolwright.jdbc.Databases;
import io.toolwright.spi.ConversationState;

/** The runtime's {@link AttemptsTest}, every test, with the failures counted in PostgreSQL. */
class JdbcAttemptsContractTest extends AttemptsTest {

  @Override
  ConversationState newState() {
    return Databases.newConversation();
  }
}
