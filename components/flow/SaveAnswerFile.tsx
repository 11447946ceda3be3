'use client';
import { ANSWER_FILE_NAME, ANSWER_FILE_TYPE, answerFileText } from '@/lib/answerFileText';
import type { AnswersDocument } from '@/lib/answers';
import { downloadFile } from '@/components/ui/downloadFile';
import { useTranslations } from 'next-intl';

/** Downloads the answers document, made in the browser: nothing is sent anywhere. */
export function SaveAnswerFile({ document: answers }: { document: AnswersDocument }) {
  const t = useTranslations('handoff');
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => downloadFile({ text: answerFileText(answers), fileName: ANSWER_FILE_NAME, type: ANSWER_FILE_TYPE })}
    >
      {t('saveFile')}
    </button>
  );
}
