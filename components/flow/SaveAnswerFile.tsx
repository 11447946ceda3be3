'use client';
import { ANSWER_FILE_NAME, ANSWER_FILE_TYPE, answerFileText } from '@/lib/answerFiles';
import type { AnswersDocument } from '@/lib/answers';

/** Downloads the answers document, made in the browser: nothing is sent anywhere. */
export function SaveAnswerFile({ document: answers }: { document: AnswersDocument }) {
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => {
        const url = URL.createObjectURL(new Blob([answerFileText(answers)], { type: ANSWER_FILE_TYPE }));
        const link = document.createElement('a');
        link.href = url;
        link.download = ANSWER_FILE_NAME;
        link.click();
        URL.revokeObjectURL(url);
      }}
    >
      Save answers to a file
    </button>
  );
}
