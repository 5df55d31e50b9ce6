import { useKonanUI } from '../../../src/components/shared/ui-context';

/** The example app's own words (its header, tabs and buttons); Konan's components bring theirs. */
export interface DashboardLabels {
  skipToMain: string;
  tagline: string;
  demoAccount: string;
  signedInAs: string;
  logOut: string;
  loggingOut: string;
  deploymentsNav: string;
  homeTitle: string;
  homeHint: string;
  homeDeployments: string;
  createTitle: string;
  openDeployment: (name: string) => string;
  created: string;
  sections: (name: string) => string;
  tabs: {
    models: string;
    predict: string;
    predictions: string;
    feedback: string;
    metrics: string;
    monitoring: string;
  };
  notServing: string;
  notServingTitle: string;
  notServingHint: string;
  creationProblems: string;
}

export const dashboardEnglish: DashboardLabels = {
  skipToMain: 'Skip to main content',
  tagline: 'Deployments, models, predictions and their feedback, in one place.',
  demoAccount: 'Demo account on the embedded emulator:',
  signedInAs: 'Signed in as',
  logOut: 'Log out',
  loggingOut: 'Logging out…',
  deploymentsNav: 'Deployments',
  homeTitle: 'Overview',
  homeHint:
    'Every deployment at a glance. Open one to manage its models, predictions, feedback and metrics.',
  homeDeployments: 'Deployments',
  createTitle: 'Create a deployment',
  openDeployment: (name) => `Open “${name}”`,
  created: 'Created',
  sections: (name) => `${name} sections`,
  tabs: {
    models: 'Models',
    predict: 'Predict',
    predictions: 'Predictions',
    feedback: 'Upload feedback',
    metrics: 'Metrics',
    monitoring: 'Monitoring',
  },
  notServing: 'Not serving',
  notServingTitle: 'This deployment answers no prediction: it has no live model',
  notServingHint:
    'Add a model in Models and promote it to live, or delete the deployment from the list.',
  creationProblems: 'What went wrong when it was created',
};

export const dashboardArabic: DashboardLabels = {
  skipToMain: 'انتقل إلى المحتوى الرئيسي',
  tagline: 'عمليات النشر والنماذج والتنبؤات وملاحظاتها، في مكان واحد.',
  demoAccount: 'حساب تجريبي على المحاكي المدمج:',
  signedInAs: 'مسجّل الدخول باسم',
  logOut: 'تسجيل الخروج',
  loggingOut: 'جارٍ تسجيل الخروج…',
  deploymentsNav: 'عمليات النشر',
  homeTitle: 'نظرة عامة',
  homeHint: 'كل عمليات النشر في لمحة. افتح واحدة لإدارة نماذجها وتنبؤاتها وملاحظاتها ومقاييسها.',
  homeDeployments: 'عمليات النشر',
  createTitle: 'إنشاء عملية نشر',
  openDeployment: (name) => `فتح «${name}»`,
  created: 'أُنشئت في',
  sections: (name) => `أقسام ${name}`,
  tabs: {
    models: 'النماذج',
    predict: 'تنبؤ',
    predictions: 'التنبؤات',
    feedback: 'رفع الملاحظات',
    metrics: 'المقاييس',
    monitoring: 'المراقبة',
  },
  notServing: 'لا تعمل',
  notServingTitle: 'لا تجيب عملية النشر هذه عن أي تنبؤ: لا يوجد فيها نموذج مباشر',
  notServingHint: 'أضف نموذجًا في «النماذج» ورقّه إلى مباشر، أو احذف عملية النشر من القائمة.',
  creationProblems: 'ما الذي حدث خطأً عند إنشائها',
};

/** The labels for the locale of the nearest `KonanUIProvider` (Arabic for `ar…`). */
export function useDashboardLabels(): DashboardLabels {
  const { locale } = useKonanUI();
  return locale?.toLowerCase().startsWith('ar') ? dashboardArabic : dashboardEnglish;
}
