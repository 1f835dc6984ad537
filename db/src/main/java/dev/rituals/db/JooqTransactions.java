package dev.rituals.db;

import dev.rituals.core.port.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Transactions on the thread's connection. The {@link DSLContext} runs on jOOQ's {@code
 * ThreadLocalTransactionProvider} without savepoints: inside {@code inTransaction} every repository
 * using that same context joins the transaction, a nested call joins the outer one, and any
 * exception rolls everything back once it leaves the outermost call, rethrown as it was.
 */
final class JooqTransactions implements Transactions {

  private final DSLContext dsl;

  JooqTransactions(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return dsl.transactionResult(work::get);
  }
}
