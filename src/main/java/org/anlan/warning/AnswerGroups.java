package org.anlan.warning;

import java.time.Duration;
import org.anlan.platform.Groups;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-click answers in groups: when ten thousand people answer one red warning within minutes, the clicks that
 * arrive together are answered together ({@link Groups}), in one transaction of a few statements (calls locked in
 * one query, the answers in one batch, their pending steps cancelled in one update, the audit lines in one insert)
 * instead of a transaction of five statements each. A click waits for its group to commit before it is answered, so
 * an answer the person saw confirmed is stored. A group that fails as a whole (a database error) is retried click
 * by click, so one bad click costs only its own answer.
 */
@Component
class AnswerGroups implements DisposableBean {

  /** Most clicks in one transaction. */
  static final int MAX_GROUP = 200;

  private final Groups<CalloutDesk.LinkAnswer, CalloutDesk.LinkResult> groups;

  AnswerGroups(CalloutDesk desk, PlatformTransactionManager transactions) {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    this.groups = new Groups<>("anlan-answers", MAX_GROUP, Duration.ofSeconds(30), clicks -> tx.execute(t -> desk.answerByLinks(clicks)));
  }

  /** Answers one click (with whichever others arrive meanwhile) and returns its page, or throws its problem. */
  CalloutDesk.AnswerPage answer(String token, String feedback) {
    return groups.submit(new CalloutDesk.LinkAnswer(token, feedback)).orThrow();
  }

  @Override
  public void destroy() {
    groups.close();
  }
}
