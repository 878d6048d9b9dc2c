package org.anlan.warning;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 叫应 answers that arrive by SMS reply (see {@link CalloutReplies}). */
@Service
@Transactional
class CalloutAnswers implements CalloutReplies {

  @Override
  public int reply(String mobile, String text, Instant receivedAt, String inReplyTo) {
    return 0; // no 叫应 calls exist yet: the cascade lands in the next commit
  }
}
