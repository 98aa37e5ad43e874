// Scripted customer behaviour (data). Each persona says its opening lines and
// then reacts to the operator's replies, one entry of `reactions` per reply.
// Delays are simulated time, relative to the previous step (the first step of
// a list is relative to what triggered it).
import { MINUTE, SECOND } from './desk-limits.ts';
import type { Phrase } from './phrase.ts';
import type { PersonaKind } from './types.ts';

export interface Step {
  readonly after: readonly [min: number, max: number];
  readonly author: 'customer' | 'bot';
  readonly text: Phrase;
  /** A nag is only said while nobody has answered: an operator reply cancels it. */
  readonly nag?: boolean;
}

export interface Persona {
  readonly kind: PersonaKind;
  readonly vip: boolean;
  /** How many topics its `byTopic` phrases have. */
  readonly topics: number;
  readonly opening: readonly Step[];
  readonly reactions: readonly (readonly Step[])[];
  /** Chance that a customer ignores an operator reply (and answers the next one instead). */
  readonly quietChance: number;
  /** What the operator had already said in the backdated history, by reply number. */
  readonly operatorLines: readonly Phrase[];
}

const now: Step['after'] = [0, 0];
const soon: Step['after'] = [1 * MINUTE, 3 * MINUTE];

const helloQuiet: Persona = {
  kind: 'hello-quiet',
  vip: false,
  topics: 4,
  opening: [
    {
      after: now,
      author: 'customer',
      text: {
        ru: ['Здравствуйте', 'Добрый день', 'Здравствуйте!', 'Добрый вечер', 'Здрасьте'],
        en: ['hello', 'Hi', 'hello?', 'Hi there', 'Good afternoon'],
      },
    },
    {
      after: [2 * MINUTE, 6 * MINUTE],
      author: 'customer',
      text: {
        byTopic: true,
        ru: [
          'Заказ {order} оплатил, деньги с карты ушли, а в личном кабинете до сих пор',
          'Не могу зайти в приложение, после ввода пароля пишет',
          'Код подтверждения на почту не приходит, я уже три раза',
          'Вчера сменили тариф, и теперь почему-то',
        ],
        en: [
          'I paid for order {order}, the money left my card, but my account still',
          "I can't get into the app, after the password it says",
          "The confirmation email never comes, I've tried three times and",
          'We switched plans yesterday and now for some reason',
        ],
      },
    },
  ],
  reactions: [
    [
      {
        after: soon,
        author: 'customer',
        text: {
          byTopic: true,
          ru: [
            '…показывает «ожидает оплаты». Второй день уже так',
            '«Сессия истекла», хотя я только что вошёл. Телефон на Android, приложение обновлено',
            '…ничего, даже в спаме пусто. Почта та же, что в профиле',
            '…абонентскую плату списали дважды: {amount} и ещё раз {amount}',
          ],
          en: [
            '…shows "awaiting payment". Been like that since yesterday',
            '"Session expired", even though I just logged in. Android phone, the app is up to date',
            '…nothing arrives, not even in spam. Same address as in my profile',
            '…we were charged twice: {amount} and then {amount} again',
          ],
        },
      },
    ],
    [
      {
        after: soon,
        author: 'customer',
        text: {
          ru: ['Понятно, спасибо. Подожду', 'Хорошо, жду тогда', 'Спасибо, буду ждать новостей'],
          en: ["OK thanks, I'll wait", 'Got it, waiting then', "Thank you, I'll wait for news"],
        },
      },
    ],
  ],
  quietChance: 0.15,
  operatorLines: [
    {
      ru: ['Здравствуйте, {first}! Меня зовут Анна, слушаю вас', 'Добрый день! Подскажите, что случилось?'],
      en: ["Hi {first}! I'm Anna, how can I help?", 'Hello! What happened?'],
    },
    {
      ru: [
        'Спасибо, вижу. Проверяю, вернусь в течение 10 минут',
        'Поняла, передала коллегам, ответим сегодня до 18:00',
      ],
      en: [
        'Thanks, I can see it. Checking now, back within 10 minutes',
        "Got it, I've passed it on, we'll answer today by 6 pm",
      ],
    },
  ],
};

const complainer: Persona = {
  kind: 'complainer',
  vip: false,
  topics: 3,
  opening: [
    {
      after: now,
      author: 'customer',
      text: {
        byTopic: true,
        ru: [
          'Это просто безобразие. Курьер опоздал на три часа, заказ {order} привезли мятым. Я хочу оставить официальную жалобу!',
          'Третий раз пишу по одному и тому же вопросу, и никто ничего не делает. Куда подать жалобу?',
          'Со мной очень грубо разговаривали на вашей горячей линии. Это жалоба, прошу передать руководству',
        ],
        en: [
          'This is outrageous. The courier was three hours late and order {order} arrived crushed. I want to file a formal complaint!',
          "Third time I'm writing about the same issue and nobody does anything. Where do I file a complaint?",
          'Your hotline agent was incredibly rude to me. This is a complaint and I want a manager to see it',
        ],
      },
    },
    {
      after: [1 * MINUTE, 2 * MINUTE],
      author: 'customer',
      text: {
        ru: [
          'И не надо присылать мне шаблонные ответы',
          'Я вообще-то ваш клиент уже пять лет',
          'Деньги вы берёте быстро, а отвечаете медленно',
        ],
        en: [
          "And please don't send me a copy-paste answer",
          "I've been your customer for five years, by the way",
          "You're quick to take money and slow to answer",
        ],
      },
    },
    {
      after: [5 * MINUTE, 9 * MINUTE],
      author: 'customer',
      nag: true,
      text: {
        ru: ['Мне кто-нибудь ответит вообще?', 'Алло! Я всё ещё жду', 'Прошло уже десять минут. Серьёзно?'],
        en: [
          'Is anyone going to answer me at all?',
          "Hello?! I'm still waiting",
          "It's been ten minutes. Seriously?",
        ],
      },
    },
  ],
  reactions: [
    [
      {
        after: soon,
        author: 'customer',
        text: {
          ru: [
            'Извинения — это хорошо, но мне нужно решение. Что конкретно вы сделаете и когда?',
            'Хорошо, что хоть кто-то ответил. Жду конкретики',
          ],
          en: [
            'Apologies are nice, but I need a solution. What exactly will you do, and when?',
            "Good that someone finally answered. I'm waiting for specifics",
          ],
        },
      },
    ],
    [
      {
        after: soon,
        author: 'customer',
        text: {
          ru: ['Ладно. Но если до завтра не решится, пойду выше.', 'Хорошо, посмотрим. Жду звонка'],
          en: [
            "Fine. But if it isn't solved by tomorrow, I'm escalating.",
            "Alright, we'll see. Waiting for the call",
          ],
        },
      },
    ],
  ],
  quietChance: 0.1,
  operatorLines: [
    {
      ru: [
        '{first}, спасибо, что написали, и простите за такой опыт. Разбираюсь прямо сейчас, вернусь с ответом через 15 минут',
        '{first}, мне очень жаль, что так получилось. Уже выясняю, что произошло, и напишу вам, как только узнаю',
      ],
      en: [
        "{first}, thank you for telling us, and I'm sorry for this experience. I'm on it now and will be back within 15 minutes",
        "{first}, I'm really sorry this happened. I'm finding out what went wrong and will write as soon as I know",
      ],
    },
    {
      ru: ['Передала жалобу руководителю смены. Завтра до 12:00 с вами свяжутся по телефону'],
      en: ["I've passed your complaint to the shift lead. They will call you tomorrow before noon"],
    },
  ],
};

const refund: Persona = {
  kind: 'refund',
  vip: false,
  topics: 3,
  opening: [
    {
      after: now,
      author: 'customer',
      text: {
        byTopic: true,
        ru: [
          'Добрый день. Хочу оформить возврат за заказ {order}, не подошёл размер',
          'Здравствуйте, мне нужен возврат денег: подписку продлили автоматически, хотя я её отменял',
          'Верните, пожалуйста, деньги за заказ {order}. Пришло совсем не то, что было в заказе',
        ],
        en: [
          "Hi. I'd like to return order {order}, the size doesn't fit",
          'Hello, I need a refund: my subscription renewed automatically even though I cancelled it',
          'Please refund order {order}. What arrived is not what I ordered',
        ],
      },
    },
    {
      after: [30 * SECOND, 2 * MINUTE],
      author: 'customer',
      text: {
        ru: [
          'Сумма {amount}, оплата картой',
          'Чек сохранился, могу прислать фото',
          'Номер заказа {order}, если что',
        ],
        en: [
          'The amount is {amount}, paid by card',
          'I kept the receipt, can send a photo',
          'Order number is {order}, just in case',
        ],
      },
    },
    {
      after: [6 * MINUTE, 10 * MINUTE],
      author: 'customer',
      nag: true,
      text: {
        ru: ['Подскажите, сколько ждать ответа?', 'Есть кто-нибудь?'],
        en: ['How long do I have to wait for an answer?', 'Anyone there?'],
      },
    },
  ],
  reactions: [
    [
      {
        after: soon,
        author: 'customer',
        text: {
          ru: [
            'Деньги вернутся на ту же карту? И через сколько дней?',
            'А что сделать с товаром, отправить обратно курьером?',
            'Хорошо. Заявление нужно заполнять?',
          ],
          en: [
            'Will the money go back to the same card? How many days?',
            'What do I do with the item, send it back by courier?',
            'OK. Do I need to fill out a form?',
          ],
        },
      },
    ],
    [
      {
        after: soon,
        author: 'customer',
        text: {
          ru: ['Ясно, спасибо за помощь', 'Хорошо, спасибо, жду возврат'],
          en: ['Clear, thanks for the help', 'OK thanks, waiting for the refund'],
        },
      },
    ],
  ],
  quietChance: 0.1,
  operatorLines: [
    {
      ru: [
        '{first}, здравствуйте! Возврат оформим. Подскажите, пожалуйста, последние 4 цифры карты, с которой была оплата',
      ],
      en: [
        "Hi {first}! We'll process the refund. Could you tell me the last 4 digits of the card you paid with?",
      ],
    },
    {
      ru: ['Готово, заявка на возврат создана. Деньги придут на ту же карту за 3–5 рабочих дней'],
      en: ['Done, the refund request is filed. The money will reach the same card in 3–5 business days'],
    },
  ],
};

const vip: Persona = {
  kind: 'vip',
  vip: true,
  topics: 3,
  opening: [
    {
      after: now,
      author: 'customer',
      text: {
        byTopic: true,
        ru: [
          'Добрый день. Это {first} из «{company}». С утра у нас не проходит ни один платёж через ваш модуль, клиенты жалуются. Нужна помощь срочно',
          'Здравствуйте. {first}, «{company}», корпоративный договор. Нужно сегодня же подключить ещё 15 сотрудников, счёт оплатим сразу',
          '{first}, «{company}». Отчёт за прошлый месяц выгрузился пустым, а он нужен бухгалтерии до вечера',
        ],
        en: [
          'Good afternoon. This is {first} from {company}. Since this morning no payment goes through your module and our customers are complaining. Urgent, please',
          "Hello. {first}, {company}, enterprise contract. We need 15 more seats activated today, we'll pay the invoice right away",
          "{first} at {company}. Last month's report exported empty and accounting needs it by tonight",
        ],
      },
    },
    {
      after: [3 * MINUTE, 5 * MINUTE],
      author: 'customer',
      nag: true,
      text: {
        ru: ['Я жду ответа, вопрос срочный', 'Коллеги, прошу ответить поскорее'],
        en: ["I'm waiting for a reply, this is urgent", 'Please get back to me asap'],
      },
    },
  ],
  reactions: [
    [
      {
        after: soon,
        author: 'customer',
        text: {
          ru: [
            'Спасибо. Держите меня в курсе, пожалуйста, каждые полчаса',
            'Хорошо. Кто будет нашим контактным лицом?',
          ],
          en: ['Thanks. Please keep me posted every half hour', 'OK. Who will be our point of contact?'],
        },
      },
    ],
    [
      {
        after: soon,
        author: 'customer',
        text: {
          ru: ['Отлично, спасибо за оперативность', 'Принято, ждём'],
          en: ['Great, thanks for the quick response', "Noted, we'll wait"],
        },
      },
    ],
  ],
  quietChance: 0.05,
  operatorLines: [
    {
      ru: ['{first}, добрый день! Уже подключила технического специалиста, держу вас в курсе'],
      en: ["{first}, good afternoon! I've already brought in an engineer and will keep you posted"],
    },
    {
      ru: ['Всё сделали, проверьте, пожалуйста, с вашей стороны'],
      en: ["It's done, could you please check on your side?"],
    },
  ],
};

const slow: Persona = {
  kind: 'slow',
  vip: false,
  topics: 3,
  opening: [
    {
      after: now,
      author: 'customer',
      text: {
        byTopic: true,
        ru: [
          'Добрый день. Подскажите, можно ли перенести доставку на другой адрес?',
          'Здравствуйте. Как поменять email в аккаунте? В настройках поле серое',
          'Добрый день, хотим подключить вашу интеграцию с 1С. С чего начать?',
        ],
        en: [
          'Good morning. Can I change the delivery address for an order?',
          'Hello. How do I change the email on my account? The field in settings is greyed out',
          'Hi, we want to connect your accounting integration. Where do we start?',
        ],
      },
    },
  ],
  reactions: [
    [
      {
        after: [15 * MINUTE, 40 * MINUTE],
        author: 'customer',
        text: {
          byTopic: true,
          ru: [
            'Извините, отходил. Адрес: ул. Садовая, 14, кв. 9. Заказ {order}',
            'Простите, что долго, — совещание. Адрес тот же, поменялся только домен',
            'Извините за паузу. У нас облачная версия 8.3',
          ],
          en: [
            'Sorry, I stepped away. The new address is 14 Garden St, apt 9. Order {order}',
            'Sorry for the delay, I was in a meeting. Same address, only the domain changed',
            "Apologies for the pause. We're on the cloud version",
          ],
        },
      },
    ],
    [
      {
        after: [20 * MINUTE, 45 * MINUTE],
        author: 'customer',
        text: {
          ru: ['Спасибо, всё получилось', 'Да, так работает. Спасибо!'],
          en: ['Thanks, that worked', 'Yes, that does it. Thank you!'],
        },
      },
    ],
  ],
  quietChance: 0.05,
  operatorLines: [
    {
      byTopic: true,
      ru: [
        'Здравствуйте! Да, можно. Пришлите, пожалуйста, новый адрес и номер заказа',
        'Здравствуйте! Поле закрыто, пока почта не подтверждена. Какой адрес поставить?',
        'Добрый день! Сначала скажите, пожалуйста, какая у вас версия: облачная или коробочная?',
      ],
      en: [
        'Hello! Yes, you can. Please send the new address and the order number',
        'Hello! The field is locked until the email is confirmed. Which address should we set?',
        'Hi! First, which version are you on: cloud or on-premises?',
      ],
    },
    {
      ru: ['Готово, всё поменяли. Проверьте, пожалуйста'],
      en: ['Done, all changed. Could you check, please?'],
    },
  ],
};

const quick: Persona = {
  kind: 'quick',
  vip: false,
  topics: 4,
  opening: [
    {
      after: now,
      author: 'customer',
      text: {
        byTopic: true,
        ru: [
          'Во сколько вы сегодня закрываетесь?',
          'Есть ли доставка в Казань?',
          'Можно оплатить заказ частями?',
          'Где посмотреть трек-номер посылки?',
        ],
        en: [
          'What time do you close today?',
          'Do you ship to Canada?',
          'Can I pay in installments?',
          'Where can I find my tracking number?',
        ],
      },
    },
    {
      after: [5 * SECOND, 15 * SECOND],
      author: 'bot',
      text: {
        ru: [
          'Здравствуйте! Я бот поддержки. Оператор скоро ответит, обычно это занимает пару минут.',
          'Спасибо за обращение! Оператор скоро ответит.',
        ],
        en: [
          "Hi! I'm the support bot. An operator will answer shortly, usually within a couple of minutes.",
          'Thanks for reaching out! An operator will reply soon.',
        ],
      },
    },
  ],
  reactions: [
    [
      {
        after: [30 * SECOND, 2 * MINUTE],
        author: 'customer',
        text: {
          ru: ['Спасибо!', 'Отлично, спасибо', 'Понял, спасибо'],
          en: ['Thanks!', 'Great, thank you', 'Got it, thanks'],
        },
      },
    ],
  ],
  quietChance: 0.3,
  operatorLines: [
    {
      byTopic: true,
      ru: [
        'Сегодня работаем до 21:00',
        'Да, доставляем, срок 3–5 дней',
        'Да, можно разбить на 4 платежа без переплаты',
        'Трек-номер есть в письме о заказе и в разделе «Мои заказы»',
      ],
      en: [
        "We're open until 9 pm today",
        'Yes, we do, it takes 3–5 days',
        'Yes, you can split it into 4 payments at no extra cost',
        "It's in the order email and under My orders",
      ],
    },
    { ru: ['Обращайтесь!'], en: ['Anytime!'] },
  ],
};

export const PERSONAS: Readonly<Record<PersonaKind, Persona>> = {
  'hello-quiet': helloQuiet,
  complainer,
  refund,
  vip,
  slow,
  quick,
};

export const PERSONA_KINDS = Object.keys(PERSONAS) as PersonaKind[];

/** How often each persona appears once every kind has appeared at least once. */
export const PERSONA_WEIGHTS: Readonly<Record<PersonaKind, number>> = {
  'hello-quiet': 25,
  complainer: 15,
  refund: 15,
  vip: 10,
  slow: 15,
  quick: 20,
};

/** The queue bot's notice to a customer left waiting (said unless someone answers first). */
export const QUEUE_NOTICE: Step = {
  after: [7 * MINUTE, 12 * MINUTE],
  author: 'bot',
  nag: true,
  text: {
    ru: [
      'Ваше обращение в очереди. Оператор скоро ответит.',
      'Все операторы заняты. Оператор скоро ответит, спасибо за терпение.',
    ],
    en: [
      "You're in the queue. An operator will reply soon.",
      'All operators are busy. An operator will reply soon, thanks for your patience.',
    ],
  },
};

/** Internal notes the operator left in the backdated history of touchy chats. */
export const HISTORY_NOTE: Phrase = {
  ru: [
    'Клиент уже обращался на прошлой неделе, см. предыдущий тикет',
    'Передала в финотдел, ждём подтверждения',
    'Эскалировано старшему смены',
  ],
  en: [
    'Customer contacted us last week too, see the previous ticket',
    'Sent to finance, waiting for confirmation',
    'Escalated to the shift lead',
  ],
};
