'use client';
import { useState } from 'react';
import { LoadFileField } from './LoadFileField';
import { useOpenReview } from './useOpenReview';

/** FileReader rather than file.text(): it works in every browser this tool supports (and in jsdom). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/**
 * "Load answers from a file": an answers file or a FHIR QuestionnaireResponse, read in the browser and checked
 * (parseAnswerFile). A good file opens the review; a bad one shows each problem and changes nothing.
 */
export function LoadAnswerFile() {
  const openReview = useOpenReview();
  const [problems, setProblems] = useState<string[]>([]);

  async function load(file: File) {
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setProblems(['This file could not be read.']);
      return;
    }
    // The readers (answers document, FHIR) load only when a file is chosen: not part of the start page's first load.
    const { parseAnswerFile } = await import('@/lib/answerFiles');
    const result = parseAnswerFile(text);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    openReview(result.value);
  }

  return (
    <LoadFileField
      id="answer-file"
      label="Load answers from a file"
      hint="The answers file or the file for your clinic (FHIR) saved from this tool. Both end in .json. Your answers open for you to check."
      accept=".json,application/json,application/fhir+json"
      problemsTitle="This file could not be loaded"
      problems={problems}
      onFile={(file) => void load(file)}
    />
  );
}
