package io.toolwright;

import io.toolwright.jdbc.Databases;
import io.toolwright.spi.ConversationState;

/** The runtime's {@link ExecutionCapsTest}, every test, with the counts in PostgreSQL. */
class JdbcExecutionCapsContractTest extends ExecutionCapsTest {

  @Override
  ConversationState newState() {
    return Databases.newConversation();
  }
}
