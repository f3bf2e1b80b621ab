
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Checkbox as RadixThemesCheckbox,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import DebounceInput from "react-debounce-input"
import {DayPicker} from "react-day-picker"
import "react-day-picker/style.css"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_e00415c3 = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_e00415c3 = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_e00415c3.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_e00415c3;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_e00415c3.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_e00415c3;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_e00415c3 = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_e00415c3 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_e00415c3.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_e00415c3;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_e00415c3 = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_e00415c3.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_e00415c3;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_e00415c3.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_e00415c3;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_e00415c3 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_e00415c3.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_e00415c3;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_e00415c3 = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_e00415c3 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_e00415c3.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_e00415c3;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_e00415c3 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_e00415c3 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_e00415c3.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_e00415c3;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_e00415c3 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_e00415c3.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_e00415c3;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_e00415c3 = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_e00415c3 = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_e00415c3.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_e00415c3;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_e00415c3 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_e00415c3.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_e00415c3;
})();

export const Bare_comp_97c75e0932e0238eca352e87effdbe14_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_97c75e0932e0238eca352e87effdbe14_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.not_found_rx_state_ ? "Not found" : (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.loaded_rx_state_ ? reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.title_rx_state_ : "Session"))
    )
});
Bare_comp_97c75e0932e0238eca352e87effdbe14_e00415c3.displayName = "Bare";
return Bare_comp_97c75e0932e0238eca352e87effdbe14_e00415c3;
})();

export const Link_link_998e87ce62d52b60c5a05e5e0d856531_e00415c3 = /*#__PURE__*/ (() => {
const Link_link_998e87ce62d52b60c5a05e5e0d856531_e00415c3 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.relationship_url_rx_state_},"\u2190 ",reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.programme_rx_state_))
    )
});
Link_link_998e87ce62d52b60c5a05e5e0d856531_e00415c3.displayName = "Link";
return Link_link_998e87ce62d52b60c5a05e5e0d856531_e00415c3;
})();

export const Bare_comp_eaa20998e545d27b65c7cffd0b89d543_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_eaa20998e545d27b65c7cffd0b89d543_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.other_people_rx_state_
    )
});
Bare_comp_eaa20998e545d27b65c7cffd0b89d543_e00415c3.displayName = "Bare";
return Bare_comp_eaa20998e545d27b65c7cffd0b89d543_e00415c3;
})();

export const Bare_comp_e0ad72358e270c95891abf40322ab770_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_e0ad72358e270c95891abf40322ab770_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.status_rx_state_
    )
});
Bare_comp_e0ad72358e270c95891abf40322ab770_e00415c3.displayName = "Bare";
return Bare_comp_e0ad72358e270c95891abf40322ab770_e00415c3;
})();

export const Badge_badge_e7c38607b294b423f05dcd3c57990b5b_e00415c3 = /*#__PURE__*/ (() => {
const Badge_badge_e7c38607b294b423f05dcd3c57990b5b_e00415c3 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:(() => { switch (JSON.stringify(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.status_rx_state_)) {case JSON.stringify("To be Arranged"):  return ("amber");  break;case JSON.stringify("Arranged"):  return ("blue");  break;case JSON.stringify("Completed"):  return ("green");  break;case JSON.stringify("Cancelled"):  return ("red");  break;default:  return ("gray");  break;};})(), highContrast:true, size:"2", variant:"soft" }))},children)
    )
});
Badge_badge_e7c38607b294b423f05dcd3c57990b5b_e00415c3.displayName = "Badge";
return Badge_badge_e7c38607b294b423f05dcd3c57990b5b_e00415c3;
})();

export const Button_button_3d76c08c1434162b8822e7027a280d83_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_3d76c08c1434162b8822e7027a280d83_e00415c3 = memo(({children, ...rest}) => {
    const on_click_c9a03f5afa2537794334028c761879dc = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.show", ({ ["section"] : "details" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "details"?.valueOf?.()) ? "true" : "false"), css:({ ["&.rt-BaseButton"] : ({ ["margin"] : "0" }), ["justifyContent"] : "flex-start" }), onClick:on_click_c9a03f5afa2537794334028c761879dc, size:"3", variant:((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "details"?.valueOf?.()) ? "soft" : "ghost") }))},children)
    )
});
Button_button_3d76c08c1434162b8822e7027a280d83_e00415c3.displayName = "Button";
return Button_button_3d76c08c1434162b8822e7027a280d83_e00415c3;
})();

export const Bare_comp_c3e097ab20551583df88ad18f4bd6991_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_c3e097ab20551583df88ad18f4bd6991_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        ("Cancel "+reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.title_rx_state_)
    )
});
Bare_comp_c3e097ab20551583df88ad18f4bd6991_e00415c3.displayName = "Bare";
return Bare_comp_c3e097ab20551583df88ad18f4bd6991_e00415c3;
})();

export const Button_button_8afd4455950816bb692254135b9bc92b_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_8afd4455950816bb692254135b9bc92b_e00415c3 = memo(({children, ...rest}) => {
    const on_click_2378c3bdbdfdb6b3c4da36ce59e1b672 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.show", ({ ["section"] : "cancel" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "cancel"?.valueOf?.()) ? "true" : "false"), css:({ ["&.rt-BaseButton"] : ({ ["margin"] : "0" }), ["justifyContent"] : "flex-start" }), onClick:on_click_2378c3bdbdfdb6b3c4da36ce59e1b672, size:"3", variant:((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "cancel"?.valueOf?.()) ? "soft" : "ghost") }))},children)
    )
});
Button_button_8afd4455950816bb692254135b9bc92b_e00415c3.displayName = "Button";
return Button_button_8afd4455950816bb692254135b9bc92b_e00415c3;
})();

export const Cond_comp_d301d84499b6e186eb26e0977c5d42f4_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_d301d84499b6e186eb26e0977c5d42f4_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (!(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.read_only_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d301d84499b6e186eb26e0977c5d42f4_e00415c3.displayName = "Cond";
return Cond_comp_d301d84499b6e186eb26e0977c5d42f4_e00415c3;
})();

export const Bare_comp_b7ee8a5c9ef4fd8dbb6a3f4903649e50_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_b7ee8a5c9ef4fd8dbb6a3f4903649e50_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        ("Reactivate "+reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.title_rx_state_)
    )
});
Bare_comp_b7ee8a5c9ef4fd8dbb6a3f4903649e50_e00415c3.displayName = "Bare";
return Bare_comp_b7ee8a5c9ef4fd8dbb6a3f4903649e50_e00415c3;
})();

export const Button_button_5ca87a06817a8fd7df66bf04319d297a_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_5ca87a06817a8fd7df66bf04319d297a_e00415c3 = memo(({children, ...rest}) => {
    const on_click_ea9f544a25c7bc3c024db617315b2bf5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.show", ({ ["section"] : "reactivate" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "reactivate"?.valueOf?.()) ? "true" : "false"), css:({ ["&.rt-BaseButton"] : ({ ["margin"] : "0" }), ["justifyContent"] : "flex-start" }), onClick:on_click_ea9f544a25c7bc3c024db617315b2bf5, size:"3", variant:((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "reactivate"?.valueOf?.()) ? "soft" : "ghost") }))},children)
    )
});
Button_button_5ca87a06817a8fd7df66bf04319d297a_e00415c3.displayName = "Button";
return Button_button_5ca87a06817a8fd7df66bf04319d297a_e00415c3;
})();

export const Cond_comp_319f3bdf728787f5bdf994a5b863e06c_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_319f3bdf728787f5bdf994a5b863e06c_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.status_rx_state_?.valueOf?.() === "Cancelled"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_319f3bdf728787f5bdf994a5b863e06c_e00415c3.displayName = "Cond";
return Cond_comp_319f3bdf728787f5bdf994a5b863e06c_e00415c3;
})();

export const Bare_comp_22af6867fb35ebb7c981089b1696c79f_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_22af6867fb35ebb7c981089b1696c79f_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        ("Mark "+reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.title_rx_state_+" as completed")
    )
});
Bare_comp_22af6867fb35ebb7c981089b1696c79f_e00415c3.displayName = "Bare";
return Bare_comp_22af6867fb35ebb7c981089b1696c79f_e00415c3;
})();

export const Button_button_a1d5633ca7fa9ecb0dde25f87712a111_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_a1d5633ca7fa9ecb0dde25f87712a111_e00415c3 = memo(({children, ...rest}) => {
    const on_click_9651d94b325d8996a1a493fdb4671588 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.show", ({ ["section"] : "complete" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "complete"?.valueOf?.()) ? "true" : "false"), css:({ ["&.rt-BaseButton"] : ({ ["margin"] : "0" }), ["justifyContent"] : "flex-start" }), onClick:on_click_9651d94b325d8996a1a493fdb4671588, size:"3", variant:((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "complete"?.valueOf?.()) ? "soft" : "ghost") }))},children)
    )
});
Button_button_a1d5633ca7fa9ecb0dde25f87712a111_e00415c3.displayName = "Button";
return Button_button_a1d5633ca7fa9ecb0dde25f87712a111_e00415c3;
})();

export const Cond_comp_7d75d25d3672ed7b0a4ceb2190969698_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_7d75d25d3672ed7b0a4ceb2190969698_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.can_complete_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7d75d25d3672ed7b0a4ceb2190969698_e00415c3.displayName = "Cond";
return Cond_comp_7d75d25d3672ed7b0a4ceb2190969698_e00415c3;
})();

export const Button_button_e7b716e687a748f7569ddee0a67b4ff0_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_e7b716e687a748f7569ddee0a67b4ff0_e00415c3 = memo(({children, ...rest}) => {
    const on_click_5e6950ae555511223b1c09492c875fa7 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.show", ({ ["section"] : "history" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "history"?.valueOf?.()) ? "true" : "false"), css:({ ["&.rt-BaseButton"] : ({ ["margin"] : "0" }), ["justifyContent"] : "flex-start" }), onClick:on_click_5e6950ae555511223b1c09492c875fa7, size:"3", variant:((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_?.valueOf?.() === "history"?.valueOf?.()) ? "soft" : "ghost") }))},children)
    )
});
Button_button_e7b716e687a748f7569ddee0a67b4ff0_e00415c3.displayName = "Button";
return Button_button_e7b716e687a748f7569ddee0a67b4ff0_e00415c3;
})();

export const Textarea_textarea_e618e08211d593e11fe6823a58b09fff_e00415c3 = /*#__PURE__*/ (() => {
const Textarea_textarea_e618e08211d593e11fe6823a58b09fff_e00415c3 = memo(({children, ...rest}) => {
    const ref_reason = useRef(null); refs["ref_reason"] = ref_reason;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["reason"]) ? "true" : "false"), css:({ ["& textarea"] : null }), id:"reason", maxLength:1000, name:"reason", ref:ref_reason, required:true, rows:"4" }))},)
    )
});
Textarea_textarea_e618e08211d593e11fe6823a58b09fff_e00415c3.displayName = "TextArea";
return Textarea_textarea_e618e08211d593e11fe6823a58b09fff_e00415c3;
})();

export const Bare_comp_bd8992e95d15dff4a17dfb491269a6cd_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_bd8992e95d15dff4a17dfb491269a6cd_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["reason"]
    )
});
Bare_comp_bd8992e95d15dff4a17dfb491269a6cd_e00415c3.displayName = "Bare";
return Bare_comp_bd8992e95d15dff4a17dfb491269a6cd_e00415c3;
})();

export const Cond_comp_e65983cd70459d2874492c9718684d90_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_e65983cd70459d2874492c9718684d90_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["reason"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e65983cd70459d2874492c9718684d90_e00415c3.displayName = "Cond";
return Cond_comp_e65983cd70459d2874492c9718684d90_e00415c3;
})();

export const Form_root_452578c1233f55201b4d18520f3087d7_e00415c3 = /*#__PURE__*/ (() => {
const Form_root_452578c1233f55201b4d18520f3087d7_e00415c3 = memo(({children, ...rest}) => {
    
    const handleSubmit_eaab838554404a456e08987bd2425cc3 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["reason"] : getRefValue(refs["ref_reason"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.cancel", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_eaab838554404a456e08987bd2425cc3 }))},children)
    )
});
Form_root_452578c1233f55201b4d18520f3087d7_e00415c3.displayName = "Form";
return Form_root_452578c1233f55201b4d18520f3087d7_e00415c3;
})();

export const Button_button_ae76538be4d1314a10a6c841e190277b_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_ae76538be4d1314a10a6c841e190277b_e00415c3 = memo(({children, ...rest}) => {
    const on_click_a95cfbc2e9ef570a96c664f1cbf2ac00 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.reactivate", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_a95cfbc2e9ef570a96c664f1cbf2ac00, size:"3" }))},children)
    )
});
Button_button_ae76538be4d1314a10a6c841e190277b_e00415c3.displayName = "Button";
return Button_button_ae76538be4d1314a10a6c841e190277b_e00415c3;
})();

export const Button_button_500119d4bb392bfb0c76c6a421c7b061_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_500119d4bb392bfb0c76c6a421c7b061_e00415c3 = memo(({children, ...rest}) => {
    const on_click_356ff6565068335d77f601e5aff4eeb6 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.complete", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"green", onClick:on_click_356ff6565068335d77f601e5aff4eeb6, size:"3" }))},children)
    )
});
Button_button_500119d4bb392bfb0c76c6a421c7b061_e00415c3.displayName = "Button";
return Button_button_500119d4bb392bfb0c76c6a421c7b061_e00415c3;
})();

export const Foreach_comp_24a66d3420ae393f48f6c8256409f42b_e00415c3 = /*#__PURE__*/ (() => {
const Foreach_comp_24a66d3420ae393f48f6c8256409f42b_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.history_rx_state_ ?? [],((h_rx_state_,index_281e431e7a1f0909076aa8218d6cb830)=>(jsx(RadixThemesTable.Row,{key:index_281e431e7a1f0909076aa8218d6cb830},jsx(RadixThemesTable.Cell,{},h_rx_state_?.["when"]),jsx(RadixThemesTable.Cell,{},h_rx_state_?.["who"]),jsx(RadixThemesTable.Cell,{},h_rx_state_?.["action"]),jsx(RadixThemesTable.Cell,{},h_rx_state_?.["changes"]),jsx(RadixThemesTable.Cell,{},h_rx_state_?.["notified"])))))
    )
});
Foreach_comp_24a66d3420ae393f48f6c8256409f42b_e00415c3.displayName = "Foreach";
return Foreach_comp_24a66d3420ae393f48f6c8256409f42b_e00415c3;
})();

export const Cond_comp_df1f2722c5493e24cd3c853f0339bd8f_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_df1f2722c5493e24cd3c853f0339bd8f_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.history_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_df1f2722c5493e24cd3c853f0339bd8f_e00415c3.displayName = "Cond";
return Cond_comp_df1f2722c5493e24cd3c853f0339bd8f_e00415c3;
})();

export const Bare_comp_b0eefefd2184bce09ca12e49f768331b_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_b0eefefd2184bce09ca12e49f768331b_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.cancellation_rx_state_
    )
});
Bare_comp_b0eefefd2184bce09ca12e49f768331b_e00415c3.displayName = "Bare";
return Bare_comp_b0eefefd2184bce09ca12e49f768331b_e00415c3;
})();

export const Cond_comp_0a65e1430de7d257564acf8a6145bb8e_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_0a65e1430de7d257564acf8a6145bb8e_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.cancellation_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0a65e1430de7d257564acf8a6145bb8e_e00415c3.displayName = "Cond";
return Cond_comp_0a65e1430de7d257564acf8a6145bb8e_e00415c3;
})();

export const Bare_comp_142d5eee0e74951753ca6ea96f800086_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_142d5eee0e74951753ca6ea96f800086_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.status_rx_state_?.valueOf?.() === "Cancelled"?.valueOf?.()) ? "This session is cancelled, so it cannot be edited. Reactivate it first." : "This session is completed, so it can no longer be edited.")
    )
});
Bare_comp_142d5eee0e74951753ca6ea96f800086_e00415c3.displayName = "Bare";
return Bare_comp_142d5eee0e74951753ca6ea96f800086_e00415c3;
})();

export const Cond_comp_45d1434cf5eb38f7fe83152d9fec81c8_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_45d1434cf5eb38f7fe83152d9fec81c8_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.read_only_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_45d1434cf5eb38f7fe83152d9fec81c8_e00415c3.displayName = "Cond";
return Cond_comp_45d1434cf5eb38f7fe83152d9fec81c8_e00415c3;
})();

export const Debounceinput_debounceinput_89f6918e325a1bd58cdca98d4d762981_e00415c3 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_89f6918e325a1bd58cdca98d4d762981_e00415c3 = memo(({children, ...rest}) => {
    const ref_date = useRef(null); refs["ref_date"] = ref_date;
const on_change_c71d186964bba34f04918e109aa19a8e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.set_date", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ "aria-describedby":"date-error", "aria-haspopup":"dialog", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["date"]) ? true : false), autoComplete:"off", css:({ ["&:has(input[aria-invalid=true])"] : ({ ["boxShadow"] : "inset 0 0 0 1px var(--red-8)" }), ["width"] : "100%" }), debounceTimeout:300, disabled:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.read_only_rx_state_, element:RadixThemesTextField.Root, id:"date", inputRef:ref_date, name:"date", onChange:on_change_c71d186964bba34f04918e109aa19a8e, onKeyDown:(e) => { if (e.key === 'Enter' || e.key === 'ArrowDown') { e.preventDefault(); e.currentTarget.click(); } }, placeholder:"YYYY-MM-DD", role:"combobox", size:"3", type:"text", value:(isNotNullOrUndefined(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.date_rx_state_) ? reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.date_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_89f6918e325a1bd58cdca98d4d762981_e00415c3.displayName = "DebounceInput";
return Debounceinput_debounceinput_89f6918e325a1bd58cdca98d4d762981_e00415c3;
})();

export const _daypicker_daypicker_017f0858a15bd81427f6b18aa06a9cbc_e00415c3 = /*#__PURE__*/ (() => {
const _daypicker_daypicker_017f0858a15bd81427f6b18aa06a9cbc_e00415c3 = memo(({children, ...rest}) => {
    const on_select_6f54c0a4f7cf82734083151ee3059b98 = useCallback(((_day) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : () => document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'})), ["callback"] : null }), ({  })))], [_day], ({  })));(addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.set_date", ({ ["value"] : (((d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'))(_day)) }), ({  })))], [_day], ({  })));}), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(DayPicker,{...mergeSlotProps(rest, ({ autoFocus:true, css:({ ["--rdp-accent-color"] : "var(--accent-11)", ["--rdp-accent-background-color"] : "var(--accent-3)", ["--rdp-day-height"] : "36px", ["--rdp-day-width"] : "36px", ["--rdp-day_button-height"] : "34px", ["--rdp-day_button-width"] : "34px", ["--rdp-day_button-border-radius"] : "var(--radius-2)", ["--rdp-nav-height"] : "36px", ["--rdp-nav_button-height"] : "32px", ["--rdp-nav_button-width"] : "32px", ["fontSize"] : "var(--font-size-2)", ["& .rdp-month_caption"] : ({ ["fontSize"] : "var(--font-size-3)", ["fontWeight"] : "600" }), ["& .rdp-weekday"] : ({ ["opacity"] : "1", ["color"] : "var(--gray-11)", ["fontSize"] : "var(--font-size-1)" }), ["& .rdp-day_button:hover"] : ({ ["background"] : "var(--accent-3)" }), ["& .rdp-day_button:focus-visible, & .rdp-button_previous:focus-visible, & .rdp-button_next:focus-visible"] : ({ ["outline"] : "2px solid var(--focus-8)" }), ["& .rdp-selected"] : ({ ["fontSize"] : "inherit" }), ["& .rdp-selected .rdp-day_button"] : ({ ["background"] : "var(--accent-9)", ["color"] : "var(--accent-contrast)", ["borderColor"] : "var(--accent-9)" }), ["& .rdp-button_previous, & .rdp-button_next"] : ({ ["borderRadius"] : "var(--radius-2)" }), ["& .rdp-button_previous:hover, & .rdp-button_next:hover"] : ({ ["background"] : "var(--accent-3)" }) }), defaultMonth:(((v) => { if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined; const d = new Date(v.slice(0, 4), v.slice(5, 7) - 1, v.slice(8, 10)); return ((d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'))(d) === v ? d : undefined; })(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.date_rx_state_)), labels:({ ["labelDayButton"] : (d, m, _o, lib) => lib.format(d, 'EEEE d MMMM yyyy') + (m.today ? ', today' : '') + (m.selected ? ', selected' : '') }), mode:"single", onSelect:on_select_6f54c0a4f7cf82734083151ee3059b98, required:true, selected:(((v) => { if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined; const d = new Date(v.slice(0, 4), v.slice(5, 7) - 1, v.slice(8, 10)); return ((d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'))(d) === v ? d : undefined; })(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.date_rx_state_)) }))},)
    )
});
_daypicker_daypicker_017f0858a15bd81427f6b18aa06a9cbc_e00415c3.displayName = "_DayPicker";
return _daypicker_daypicker_017f0858a15bd81427f6b18aa06a9cbc_e00415c3;
})();

export const Bare_comp_df35817cddd75acb14a9759b679dfa3c_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_df35817cddd75acb14a9759b679dfa3c_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["date"]
    )
});
Bare_comp_df35817cddd75acb14a9759b679dfa3c_e00415c3.displayName = "Bare";
return Bare_comp_df35817cddd75acb14a9759b679dfa3c_e00415c3;
})();

export const Cond_comp_94b873c7a178fb9b25d50953bcab0620_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_94b873c7a178fb9b25d50953bcab0620_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["date"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_94b873c7a178fb9b25d50953bcab0620_e00415c3.displayName = "Cond";
return Cond_comp_94b873c7a178fb9b25d50953bcab0620_e00415c3;
})();

export const Textfieldroot_textfield__root_6e1a6f0add475bb94bbeb32cab8969c0_e00415c3 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_6e1a6f0add475bb94bbeb32cab8969c0_e00415c3 = memo(({children, ...rest}) => {
    const ref_start_time = useRef(null); refs["ref_start_time"] = ref_start_time;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"start_time-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["start_time"]) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.start_time_rx_state_, id:"start_time", name:"start_time", ref:ref_start_time, size:"3", type:"time" }))},)
    )
});
Textfieldroot_textfield__root_6e1a6f0add475bb94bbeb32cab8969c0_e00415c3.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_6e1a6f0add475bb94bbeb32cab8969c0_e00415c3;
})();

export const Bare_comp_eb070dd53e56c1730fe1b336b694e9ae_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_eb070dd53e56c1730fe1b336b694e9ae_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["start_time"]
    )
});
Bare_comp_eb070dd53e56c1730fe1b336b694e9ae_e00415c3.displayName = "Bare";
return Bare_comp_eb070dd53e56c1730fe1b336b694e9ae_e00415c3;
})();

export const Cond_comp_52f885019acb1ef192c734bf1c678356_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_52f885019acb1ef192c734bf1c678356_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["start_time"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_52f885019acb1ef192c734bf1c678356_e00415c3.displayName = "Cond";
return Cond_comp_52f885019acb1ef192c734bf1c678356_e00415c3;
})();

export const Textfieldroot_textfield__root_65e0c98e01e961a84d83a687bdea13da_e00415c3 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_65e0c98e01e961a84d83a687bdea13da_e00415c3 = memo(({children, ...rest}) => {
    const ref_end_time = useRef(null); refs["ref_end_time"] = ref_end_time;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"end_time-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["end_time"]) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.end_time_rx_state_, id:"end_time", name:"end_time", ref:ref_end_time, size:"3", type:"time" }))},)
    )
});
Textfieldroot_textfield__root_65e0c98e01e961a84d83a687bdea13da_e00415c3.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_65e0c98e01e961a84d83a687bdea13da_e00415c3;
})();

export const Bare_comp_1ea83eecbe2882248a697475f8eb40f1_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_1ea83eecbe2882248a697475f8eb40f1_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["end_time"]
    )
});
Bare_comp_1ea83eecbe2882248a697475f8eb40f1_e00415c3.displayName = "Bare";
return Bare_comp_1ea83eecbe2882248a697475f8eb40f1_e00415c3;
})();

export const Cond_comp_8c665cb5812dfde73f9251e9ae500123_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_8c665cb5812dfde73f9251e9ae500123_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["end_time"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8c665cb5812dfde73f9251e9ae500123_e00415c3.displayName = "Cond";
return Cond_comp_8c665cb5812dfde73f9251e9ae500123_e00415c3;
})();

export const Bare_comp_25a505e8337f68cce1e1a7f44b31c7ca_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_25a505e8337f68cce1e1a7f44b31c7ca_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.time_zone_rx_state_
    )
});
Bare_comp_25a505e8337f68cce1e1a7f44b31c7ca_e00415c3.displayName = "Bare";
return Bare_comp_25a505e8337f68cce1e1a7f44b31c7ca_e00415c3;
})();

export const Selectroot_select__root_d217b19c77699ca38c4ab7e95626e400_e00415c3 = /*#__PURE__*/ (() => {
const Selectroot_select__root_d217b19c77699ca38c4ab7e95626e400_e00415c3 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["session_type"]) ? "true" : "false"), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.session_type_rx_state_, disabled:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.read_only_rx_state_, name:"session_type", size:"3" }))},children)
    )
});
Selectroot_select__root_d217b19c77699ca38c4ab7e95626e400_e00415c3.displayName = "SelectRoot";
return Selectroot_select__root_d217b19c77699ca38c4ab7e95626e400_e00415c3;
})();

export const Bare_comp_ca3ee932bc8266deb85de31b96d9d48a_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_ca3ee932bc8266deb85de31b96d9d48a_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["session_type"]
    )
});
Bare_comp_ca3ee932bc8266deb85de31b96d9d48a_e00415c3.displayName = "Bare";
return Bare_comp_ca3ee932bc8266deb85de31b96d9d48a_e00415c3;
})();

export const Cond_comp_afa4d82ff39aaf71d7a687dadc6f954c_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_afa4d82ff39aaf71d7a687dadc6f954c_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["session_type"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_afa4d82ff39aaf71d7a687dadc6f954c_e00415c3.displayName = "Cond";
return Cond_comp_afa4d82ff39aaf71d7a687dadc6f954c_e00415c3;
})();

export const Textfieldroot_textfield__root_9ca458e8094ce99fb942bbb8a3433270_e00415c3 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_9ca458e8094ce99fb942bbb8a3433270_e00415c3 = memo(({children, ...rest}) => {
    const ref_location = useRef(null); refs["ref_location"] = ref_location;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"location-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["location"]) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.location_rx_state_, id:"location", maxLength:200, name:"location", placeholder:"Address, room or venue (needed for face-to-face)", ref:ref_location, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_9ca458e8094ce99fb942bbb8a3433270_e00415c3.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_9ca458e8094ce99fb942bbb8a3433270_e00415c3;
})();

export const Bare_comp_9ab7d4db7ace6e4c3db3056474194e15_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_9ab7d4db7ace6e4c3db3056474194e15_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["location"]
    )
});
Bare_comp_9ab7d4db7ace6e4c3db3056474194e15_e00415c3.displayName = "Bare";
return Bare_comp_9ab7d4db7ace6e4c3db3056474194e15_e00415c3;
})();

export const Cond_comp_82a624cd2ef54465411f7e870e0fd105_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_82a624cd2ef54465411f7e870e0fd105_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["location"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_82a624cd2ef54465411f7e870e0fd105_e00415c3.displayName = "Cond";
return Cond_comp_82a624cd2ef54465411f7e870e0fd105_e00415c3;
})();

export const Textarea_textarea_f1c34fd74f289b464800552ebd1e1fe3_e00415c3 = /*#__PURE__*/ (() => {
const Textarea_textarea_f1c34fd74f289b464800552ebd1e1fe3_e00415c3 = memo(({children, ...rest}) => {
    const ref_extra_information = useRef(null); refs["ref_extra_information"] = ref_extra_information;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["extra_information"]) ? "true" : "false"), css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.extra_information_rx_state_, id:"extra_information", maxLength:2000, name:"extra_information", placeholder:"Phone number, arrival instructions, what to bring\u2026", ref:ref_extra_information, rows:"4" }))},)
    )
});
Textarea_textarea_f1c34fd74f289b464800552ebd1e1fe3_e00415c3.displayName = "TextArea";
return Textarea_textarea_f1c34fd74f289b464800552ebd1e1fe3_e00415c3;
})();

export const Bare_comp_0dded098498e74257c667dea1320be5b_e00415c3 = /*#__PURE__*/ (() => {
const Bare_comp_0dded098498e74257c667dea1320be5b_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["extra_information"]
    )
});
Bare_comp_0dded098498e74257c667dea1320be5b_e00415c3.displayName = "Bare";
return Bare_comp_0dded098498e74257c667dea1320be5b_e00415c3;
})();

export const Cond_comp_eed6ad08a1970079c2acef7c3d1c092b_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_eed6ad08a1970079c2acef7c3d1c092b_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.errors_rx_state_?.["extra_information"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_eed6ad08a1970079c2acef7c3d1c092b_e00415c3.displayName = "Cond";
return Cond_comp_eed6ad08a1970079c2acef7c3d1c092b_e00415c3;
})();

export const Checkbox_checkbox_596cef288cdeae4b9971663c7895565a_e00415c3 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_596cef288cdeae4b9971663c7895565a_e00415c3 = memo(({children, ...rest}) => {
    const on_change_428dc6b6c9426c1a0693fc606894a82c = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.set_notify", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":"Notify the other participant", checked:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.notify_rx_state_, onCheckedChange:on_change_428dc6b6c9426c1a0693fc606894a82c, size:"2" }))},)
    )
});
Checkbox_checkbox_596cef288cdeae4b9971663c7895565a_e00415c3.displayName = "Checkbox";
return Checkbox_checkbox_596cef288cdeae4b9971663c7895565a_e00415c3;
})();

export const Button_button_cbe1349a8ddfeaee6c29654fbb020648_e00415c3 = /*#__PURE__*/ (() => {
const Button_button_cbe1349a8ddfeaee6c29654fbb020648_e00415c3 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.read_only_rx_state_, size:"3", type:"submit" }))},children)
    )
});
Button_button_cbe1349a8ddfeaee6c29654fbb020648_e00415c3.displayName = "Button";
return Button_button_cbe1349a8ddfeaee6c29654fbb020648_e00415c3;
})();

export const Fieldset_fieldset_c215f7e937d8b014eb566fbacc1f6511_e00415c3 = /*#__PURE__*/ (() => {
const Fieldset_fieldset_c215f7e937d8b014eb566fbacc1f6511_e00415c3 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        jsx("fieldset",{...mergeSlotProps(rest, ({ css:({ ["border"] : "none", ["padding"] : "0", ["margin"] : "0", ["minWidth"] : "0" }), disabled:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.read_only_rx_state_ }))},children)
    )
});
Fieldset_fieldset_c215f7e937d8b014eb566fbacc1f6511_e00415c3.displayName = "Fieldset";
return Fieldset_fieldset_c215f7e937d8b014eb566fbacc1f6511_e00415c3;
})();

export const Form_root_e12d8a58a7ecce66a67ac263ecfe1134_e00415c3 = /*#__PURE__*/ (() => {
const Form_root_e12d8a58a7ecce66a67ac263ecfe1134_e00415c3 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")

    const handleSubmit_8194c2d51d8889681fcca5d327dedcdd = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["date"] : getRefValue(refs["ref_date"]), ["start_time"] : getRefValue(refs["ref_start_time"]), ["end_time"] : getRefValue(refs["ref_end_time"]), ["location"] : getRefValue(refs["ref_location"]), ["extra_information"] : getRefValue(refs["ref_extra_information"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state.save", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%", ["maxWidth"] : "40rem" }), "data-version":reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.version_rx_state_, key:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.form_key_rx_state_, onSubmit:handleSubmit_8194c2d51d8889681fcca5d327dedcdd }))},children)
    )
});
Form_root_e12d8a58a7ecce66a67ac263ecfe1134_e00415c3.displayName = "Form";
return Form_root_e12d8a58a7ecce66a67ac263ecfe1134_e00415c3;
})();

export const Match_comp_1cfcba7071c11a2f3f4660aa3c8e28cd_e00415c3 = /*#__PURE__*/ (() => {
const Match_comp_1cfcba7071c11a2f3f4660aa3c8e28cd_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.section_rx_state_)) {
    case JSON.stringify("cancel"):
      return children?.at?.(0);
      break;
    case JSON.stringify("reactivate"):
      return children?.at?.(1);
      break;
    case JSON.stringify("complete"):
      return children?.at?.(2);
      break;
    case JSON.stringify("history"):
      return children?.at?.(3);
      break;
    default:
      return children?.at?.(4);
      break;
  }
})()
    )
});
Match_comp_1cfcba7071c11a2f3f4660aa3c8e28cd_e00415c3.displayName = "Match";
return Match_comp_1cfcba7071c11a2f3f4660aa3c8e28cd_e00415c3;
})();

export const Cond_comp_50193642698988e5c628cd5e68182e89_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_50193642698988e5c628cd5e68182e89_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_50193642698988e5c628cd5e68182e89_e00415c3.displayName = "Cond";
return Cond_comp_50193642698988e5c628cd5e68182e89_e00415c3;
})();

export const Cond_comp_7476b3391b92d729df4f727d73f1d72b_e00415c3 = /*#__PURE__*/ (() => {
const Cond_comp_7476b3391b92d729df4f727d73f1d72b_e00415c3 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___editor____editor_state.not_found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7476b3391b92d729df4f727d73f1d72b_e00415c3.displayName = "Cond";
return Cond_comp_7476b3391b92d729df4f727d73f1d72b_e00415c3;
})();
