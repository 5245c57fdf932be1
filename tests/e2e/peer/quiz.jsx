// The peer make bench measures the widget against (issue 29): a React quiz
// of the same 12 items, react-quiz-component on React 18 with instant
// feedback, bundled and minified by esbuild (bench.mjs builds it into
// target/peer/ with quiz.json, the built-in pack's first 12 items).
import React from 'react';
import { createRoot } from 'react-dom/client';
import Quiz from 'react-quiz-component';
import quiz from './quiz.json';

createRoot(document.getElementById('root')).render(<Quiz quiz={quiz} showInstantFeedback={true} />);
